using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Benchmarks
{
    /// <summary>
    /// CompilationWithAnalyzers.GetAnalysisResultAsync over a 1,000-file corpus, for the empty analyzer (baseline),
    /// this analyzer and BannedApiAnalyzers. The corpus is generated and parsed, and its compilation created,
    /// once in GlobalSetup; every invocation analyses <c>compilation.Clone()</c> with a fresh
    /// CompilationWithAnalyzers, so no binding or analysis result is reused between invocations.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerBenchmarks
    {
        public const int FileCount = 1000;

        private GeneratedCorpus _corpus = null!;
        private Compilation _compilation = null!;

        [Params(CorpusKind.Http, CorpusKind.NoHttp)]
        public CorpusKind Corpus { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusFactory.Get(Corpus, FileCount);
            _compilation = _corpus.CreateCompilation();
            _ = BannedApi.Analyzers;
        }

        [Benchmark(Baseline = true, Description = "EmptyAnalyzer")]
        public Task<AnalysisResult> Empty() => Run(AnalyzerKind.Empty);

        [Benchmark(Description = "FeishuUatAnalyzer")]
        public Task<AnalysisResult> FeishuUat() => Run(AnalyzerKind.FeishuUat);

        [Benchmark(Description = "BannedApiAnalyzers")]
        public Task<AnalysisResult> BannedApiAnalyzers() => Run(AnalyzerKind.BannedApi);

        private Task<AnalysisResult> Run(AnalyzerKind kind) =>
            AnalysisRunner.RunAsync(AnalysisRunner.Prepare(_compilation, _corpus, CompilationMode.Clone), kind);
    }
}
