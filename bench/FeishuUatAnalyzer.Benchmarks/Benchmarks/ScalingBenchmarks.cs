using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Benchmarks
{
    /// <summary>
    /// This analyzer on the first 250, 500 and 1,000 files of the HTTP corpus (file i does not depend on the
    /// corpus size, so each corpus is a prefix of the next): time per file should stay flat.
    /// </summary>
    [MemoryDiagnoser]
    public class ScalingBenchmarks
    {
        private GeneratedCorpus _corpus = null!;
        private Compilation _compilation = null!;

        [Params(250, 500, 1000)]
        public int Files { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusFactory.Get(CorpusKind.Http, Files);
            _compilation = _corpus.CreateCompilation();
        }

        [Benchmark(Description = "FeishuUatAnalyzer")]
        public Task<AnalysisResult> FeishuUat() =>
            AnalysisRunner.RunAsync(AnalysisRunner.Prepare(_compilation, _corpus, CompilationMode.Clone), AnalyzerKind.FeishuUat);
    }
}
