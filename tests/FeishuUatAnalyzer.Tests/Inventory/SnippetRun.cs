using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Sites;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>What the analyzer made of one row's snippet, compiled against the real assemblies.</summary>
    internal sealed record SnippetOutcome(ImmutableArray<string> Errors, bool UsesMember, ImmutableArray<string> Diagnostics, bool RecognizedAsSend);

    /// <summary>
    /// Compiles every row's snippet (one file each, in a namespace of its own) into one compilation and runs the analyzer
    /// over it once: the per-row tests then only look their outcome up.
    /// </summary>
    internal static class SnippetRun
    {
        static SnippetRun() => AccessTokenKindAnalyzer.RethrowFailures = true;

        private static readonly Lazy<Task<IReadOnlyDictionary<string, SnippetOutcome>>> All =
            new Lazy<Task<IReadOnlyDictionary<string, SnippetOutcome>>>(() => RunAsync(InventoryTable.English.Rows.Select(r => r.Member).ToList()));

        /// <summary>The outcome of every row of the table that has a snippet, computed once per test run.</summary>
        public static Task<IReadOnlyDictionary<string, SnippetOutcome>> OutcomesAsync() => All.Value;

        public static async Task<IReadOnlyDictionary<string, SnippetOutcome>> RunAsync(IReadOnlyList<InventoryMember> rows)
        {
            var withSnippets = rows.Where(row => InventorySnippets.ByRow.ContainsKey(row.Key)).ToList();
            var trees = withSnippets.Select((row, i) => CSharpSyntaxTree.ParseText(
                InventorySnippets.Source(InventorySnippets.ByRow[row.Key], "Row" + i),
                new CSharpParseOptions(LanguageVersion.Latest),
                path: $"/0/Row{i}.cs")).ToList();
            var compilation = CSharpCompilation.Create(
                "Rows",
                trees,
                await RealLibraries.ReferencesAsync(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var known = new KnownTypes();

            var outcomes = new Dictionary<string, SnippetOutcome>();
            for (var i = 0; i < withSnippets.Count; i++)
            {
                var row = withSnippets[i];
                var tree = trees[i];
                var model = compilation.GetSemanticModel(tree);
                outcomes[row.Key] = new SnippetOutcome(
                    errors.Where(d => d.Location.SourceTree == tree).Select(d => d.ToString()).ToImmutableArray(),
                    MemberUse.Uses(model, row),
                    diagnostics.Where(d => d.Location.SourceTree == tree || d.Id == "AD0001").Select(d => d.Id == "AD0001" ? d.GetMessage() : d.Id).OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray(),
                    RecognizesSend(model, row, known));
            }

            return outcomes;
        }

        // Whether the analyzer treats the row's own call as a send (for verbs no Feishu endpoint takes); for a row that is not a
        // call (a route attribute), whether it treats the declared method called as one.
        private static bool RecognizesSend(SemanticModel model, InventoryMember row, KnownTypes known)
        {
            var invocations = model.SyntaxTree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(node => model.GetOperation(node))
                .OfType<IInvocationOperation>()
                .ToList();
            var own = invocations.Where(invocation => MemberUse.IsRowMember(invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod, row)).ToList();
            return own.Count > 0
                ? own.Any(invocation => SiteRecognizer.Classify(invocation.TargetMethod, known) != SiteLibrary.None)
                : invocations.Any(invocation => SiteRecognizer.Classify(invocation.TargetMethod, known) == SiteLibrary.Declarative);
        }
    }
}
