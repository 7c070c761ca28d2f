using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Cli.Analysis
{
    /// <summary>
    /// Runs the shared analyzers on one project with the project's own options: its .editorconfig severities (through the
    /// compilation's syntax-tree options), its analyzer config options and its additional files.
    /// </summary>
    internal static class ProjectAnalysis
    {
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"the project '{project.Name}' has no compilation");
            var failures = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    lock (failures)
                    {
                        failures.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}");
                    }
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(AnalyzerSet.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                throw new AnalyzerFailureException($"the analyzer failed on '{project.Name}': {string.Join("; ", failures.Distinct())}");
            }

            return diagnostics.Where(d => AnalyzerSet.IsOurs(d) && d.Severity != DiagnosticSeverity.Hidden && !d.IsSuppressed).ToImmutableArray();
        }
    }
}
