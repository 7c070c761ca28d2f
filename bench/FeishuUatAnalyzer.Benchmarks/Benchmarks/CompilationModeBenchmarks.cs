using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Benchmarks
{
    /// <summary>
    /// The study behind CompilationMode.Clone (not part of --quick; run it with --modes): the same analysis on
    /// the GlobalSetup compilation itself, on a Clone() of it, and on a compilation re-created from the parsed trees.
    /// </summary>
    [MemoryDiagnoser]
    public class CompilationModeBenchmarks
    {
        private GeneratedCorpus _corpus = null!;
        private Compilation _compilation = null!;

        [Params(CompilationMode.Same, CompilationMode.Clone, CompilationMode.Recreate)]
        public CompilationMode Mode { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusFactory.Get(CorpusKind.Http, AnalyzerBenchmarks.FileCount);
            _compilation = _corpus.CreateCompilation();
        }

        [Benchmark(Baseline = true, Description = "EmptyAnalyzer")]
        public Task<AnalysisResult> Empty() => AnalysisRunner.RunAsync(AnalysisRunner.Prepare(_compilation, _corpus, Mode), AnalyzerKind.Empty);

        [Benchmark(Description = "FeishuUatAnalyzer")]
        public Task<AnalysisResult> FeishuUat() => AnalysisRunner.RunAsync(AnalysisRunner.Prepare(_compilation, _corpus, Mode), AnalyzerKind.FeishuUat);
    }
}
