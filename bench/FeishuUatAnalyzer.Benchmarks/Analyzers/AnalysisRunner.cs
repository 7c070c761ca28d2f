using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Analyzers
{
    public enum AnalyzerKind
    {
        /// <summary>An invocation operation action that does nothing (the driver's cost for any such analyzer).</summary>
        Empty,

        /// <summary>FeishuUatAnalyzer.AccessTokenKindAnalyzer.</summary>
        FeishuUat,

        /// <summary>Microsoft.CodeAnalysis.BannedApiAnalyzers with ~20 HttpClient/RestSharp send methods banned.</summary>
        BannedApi,
    }

    /// <summary>
    /// How each measured run gets its compilation. CompilationWithAnalyzers always works on a copy of the
    /// compilation it is given (WithSemanticModelProvider + WithEventQueue: new symbols, new binding state), so
    /// nothing semantic is cached across runs in any mode; what the modes differ in is only the shared
    /// declaration table and reference binding. See bench/README.md for the measurement behind the choice.
    /// </summary>
    public enum CompilationMode
    {
        /// <summary>The GlobalSetup compilation object itself, every run.</summary>
        Same,

        /// <summary><c>compilation.Clone()</c> per run (the default).</summary>
        Clone,

        /// <summary><c>CSharpCompilation.Create</c> from the parsed trees per run.</summary>
        Recreate,
    }

    /// <summary>What the interleaved pass measures.</summary>
    public enum Api
    {
        /// <summary><c>CompilationWithAnalyzers.GetAnalysisResultAsync</c>: the analyzers alone (what the BenchmarkDotNet benchmarks measure).</summary>
        Analysis,

        /// <summary>
        /// <c>CompilationWithAnalyzers.GetAllDiagnosticsAsync</c>: compiler and analyzer diagnostics from one binding of the
        /// compilation, as a build does. Every configuration pays the compiler's binding, so differences are what each analyzer adds to a build.
        /// </summary>
        Build,

        /// <summary><c>compilation.GetDiagnostics()</c> with no analyzer: the floor of the Build measurements.</summary>
        CompilerOnly,
    }

    internal static class AnalysisRunner
    {
        private static readonly ConcurrentDictionary<AnalyzerKind, ImmutableArray<DiagnosticAnalyzer>> Sets = new ConcurrentDictionary<AnalyzerKind, ImmutableArray<DiagnosticAnalyzer>>();

        public static ImmutableArray<DiagnosticAnalyzer> AnalyzersFor(AnalyzerKind kind) => Sets.GetOrAdd(kind, k => k switch
        {
            AnalyzerKind.Empty => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyInvocationAnalyzer()),
            AnalyzerKind.FeishuUat => ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer()),
            AnalyzerKind.BannedApi => BannedApi.Analyzers,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });

        public static AnalyzerOptions OptionsFor(AnalyzerKind kind) => kind == AnalyzerKind.BannedApi
            ? new AnalyzerOptions(ImmutableArray.Create(BannedApi.BannedSymbolsFile))
            : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);

        public static Compilation Prepare(Compilation setup, GeneratedCorpus corpus, CompilationMode mode) => mode switch
        {
            CompilationMode.Same => setup,
            CompilationMode.Clone => setup.Clone(),
            CompilationMode.Recreate => corpus.CreateCompilation(),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };

        public static Task<AnalysisResult> RunAsync(Compilation compilation, AnalyzerKind kind, bool logExecutionTime = false, Action<Exception, DiagnosticAnalyzer, Diagnostic>? onException = null) =>
            With(compilation, kind, logExecutionTime, onException).GetAnalysisResultAsync(CancellationToken.None);

        /// <summary>Compiler and analyzer diagnostics together, as a build computes them (one binding shared by both).</summary>
        public static Task<ImmutableArray<Diagnostic>> RunBuildAsync(Compilation compilation, AnalyzerKind kind) =>
            With(compilation, kind, logExecutionTime: false, onException: null).GetAllDiagnosticsAsync(CancellationToken.None);

        private static CompilationWithAnalyzers With(Compilation compilation, AnalyzerKind kind, bool logExecutionTime, Action<Exception, DiagnosticAnalyzer, Diagnostic>? onException)
        {
            var options = new CompilationWithAnalyzersOptions(
                OptionsFor(kind),
                onException,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: logExecutionTime,
                reportSuppressedDiagnostics: false);
            return new CompilationWithAnalyzers(compilation, AnalyzersFor(kind), options);
        }
    }
}
