using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Hardening
{
    /// <summary>
    /// Runs the analyzer on code that may be incomplete or hostile and checks what it says: no analyzer failure
    /// (AD0001, with its exception in the message), and only the rules the caller allows (exactly those it expects,
    /// when it says so).
    /// </summary>
    internal static class HardenedRun
    {
        static HardenedRun() => AccessTokenKindAnalyzer.RethrowFailures = true;

        public static readonly string[] AnyRule = { "FSUAT001", "FSUAT002", "FSUAT003", "FSUAT004", "FSUAT005" };

        /// <summary>The analyzer's diagnostics on <paramref name="source"/>: none but <paramref name="allowed"/>, never AD0001.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, params string[] allowed)
        {
            var compilation = await TestLibraries.CompileAsync("Hardening", ("/0/Test0.cs", source));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
            Assert.True(failures.Count == 0, "the analyzer failed:\n" + string.Join("\n", failures.Select(d => d.GetMessage())));
            var unexpected = diagnostics.Where(d => !allowed.Contains(d.Id)).ToList();
            Assert.True(unexpected.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", unexpected));
            return diagnostics;
        }

        /// <summary>Exactly these rule ids (in any order, each as often as given).</summary>
        public static async Task ExpectAsync(string source, params string[] expected)
        {
            var diagnostics = await AnalyzeAsync(source, expected.Distinct().ToArray());
            Assert.Equal(expected.OrderBy(id => id, StringComparer.Ordinal), diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        }
    }
}
