using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Measurements
{
    /// <summary>One configuration measured by the interleaved pass.</summary>
    internal sealed class Cell
    {
        public Cell(CorpusKind corpus, int files, AnalyzerKind analyzer, Api api = Api.Analysis, CompilationMode mode = CompilationMode.Clone)
        {
            Corpus = corpus;
            Files = files;
            Analyzer = analyzer;
            Api = api;
            Mode = mode;
        }

        public Api Api { get; }

        public CorpusKind Corpus { get; }

        public int Files { get; }

        public AnalyzerKind Analyzer { get; }

        public CompilationMode Mode { get; }

        public List<double> CpuMs { get; } = new List<double>();

        public List<double> WallMs { get; } = new List<double>();

        public List<double> AllocatedMb { get; } = new List<double>();

        /// <summary>The analyzer's own callback time as the driver logs it (logAnalyzerExecutionTime), from the verification round.</summary>
        public double ExecutionMs { get; set; }

        public string Diagnostics { get; set; } = string.Empty;

        public int Exceptions { get; set; }

        public string Key => Api == Api.CompilerOnly ? $"{Corpus}/{Files}/{Api}/{Mode}" : $"{Corpus}/{Files}/{Api}/{Analyzer}/{Mode}";
    }

    /// <summary>
    /// Complements BenchmarkDotNet on a shared, loaded machine: runs every configuration in turn, round after
    /// round (so that a burst of load from other processes hits all of them alike), and records the process's
    /// CPU time (user + system, all threads) besides the wall time and the bytes allocated. CPU time is what an
    /// analyzer costs a build; it is far less disturbed than wall time when other processes compete for the cores.
    /// Round 0 is a warm-up that also checks the diagnostics each analyzer reports and logs each analyzer's own
    /// execution time (logAnalyzerExecutionTime), which separates its callbacks from the compiler's binding.
    /// </summary>
    internal static class InterleavedPass
    {
        public static async Task<IReadOnlyList<Cell>> RunAsync(IReadOnlyList<Cell> cells, int rounds, Action<string> log)
        {
            log($"Framework references: {CorpusFactory.References.Length} assemblies from {CorpusFactory.ReferenceSource}");
            log($"BannedApiAnalyzers: {BannedApi.Describe()}");
            var compilations = new Dictionary<(CorpusKind, int), Compilation>();
            foreach (var (kind, files) in cells.Select(c => (c.Corpus, c.Files)).Distinct())
            {
                var corpus = CorpusFactory.Get(kind, files);
                var compilation = corpus.CreateCompilation();
                var watch = Stopwatch.StartNew();
                var diagnostics = compilation.Clone().GetDiagnostics();
                watch.Stop();
                var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                log(corpus.Describe());
                log($"  compiler: {errors.Count} errors, {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings (GetDiagnostics {watch.Elapsed.TotalSeconds:N1} s, first call includes JIT); planted: {corpus.Planted}");
                if (errors.Count > 0)
                {
                    foreach (var group in errors.GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Take(10))
                    {
                        log($"    {group.Key} x{group.Count()}: {group.First()}");
                    }

                    throw new InvalidOperationException($"The {kind} corpus of {files} files does not compile ({errors.Count} errors).");
                }

                compilations[(kind, files)] = compilation;
            }

            for (var round = 0; round <= rounds; round++)
            {
                var verify = round == 0;
                log(verify ? "round 0 (warm-up, diagnostics check, analyzer execution times)" : $"round {round}/{rounds}");
                // Round 0 runs the Analysis cells only (the Build cells run the same code); later rounds run every cell,
                // rotating the order each round so that no configuration always runs first (or right after another).
                var order = verify ? cells.Where(c => c.Api == Api.Analysis).ToList() : cells.ToList();
                for (var i = 0; i < order.Count; i++)
                {
                    var cell = order[(i + round) % order.Count];
                    var corpus = CorpusFactory.Get(cell.Corpus, cell.Files);
                    var compilation = AnalysisRunner.Prepare(compilations[(cell.Corpus, cell.Files)], corpus, cell.Mode);
                    var exceptions = 0;
                    var sample = await MeasureAsync(cell.Api switch
                    {
                        Api.Analysis => async () => (object)await AnalysisRunner.RunAsync(compilation, cell.Analyzer, logExecutionTime: verify, onException: (_, _, _) => exceptions++),
                        Api.Build => async () => (object)await AnalysisRunner.RunBuildAsync(compilation, cell.Analyzer),
                        _ => () => Task.FromResult((object)compilation.GetDiagnostics()),
                    });
                    if (verify)
                    {
                        var result = (AnalysisResult)sample.Result;
                        cell.ExecutionMs = result.AnalyzerTelemetryInfo.Values.Sum(t => t.ExecutionTime.TotalMilliseconds);
                        cell.Diagnostics = Summarize(result);
                        cell.Exceptions = exceptions;
                        log($"  {cell.Key,-28} cpu {sample.CpuMs,8:N0} ms  wall {sample.WallMs,8:N0} ms  own {cell.ExecutionMs,7:N0} ms  diagnostics: {cell.Diagnostics}{(exceptions > 0 ? $"  analyzer exceptions: {exceptions}" : string.Empty)}");
                        continue;
                    }

                    cell.CpuMs.Add(sample.CpuMs);
                    cell.WallMs.Add(sample.WallMs);
                    cell.AllocatedMb.Add(sample.AllocatedMb);
                    log($"  {cell.Key,-28} cpu {sample.CpuMs,8:N0} ms  wall {sample.WallMs,8:N0} ms  alloc {sample.AllocatedMb,8:N1} MB");
                }
            }

            return cells;
        }

        public static double Median(IReadOnlyList<double> values)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }

            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        private static async Task<Sample> MeasureAsync(Func<Task<object>> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var result = await run();
            watch.Stop();
            var alloc1 = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpu1 = process.TotalProcessorTime;
            return new Sample(result, (cpu1 - cpu0).TotalMilliseconds, watch.Elapsed.TotalMilliseconds, (alloc1 - alloc0) / (1024.0 * 1024.0));
        }

        private static string Summarize(AnalysisResult result)
        {
            var byId = result.GetAllDiagnostics().GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}").ToList();
            return byId.Count == 0 ? "none" : string.Join(", ", byId);
        }

        private sealed class Sample
        {
            public Sample(object result, double cpuMs, double wallMs, double allocatedMb)
            {
                Result = result;
                CpuMs = cpuMs;
                WallMs = wallMs;
                AllocatedMb = allocatedMb;
            }

            public object Result { get; }

            public double CpuMs { get; }

            public double WallMs { get; }

            public double AllocatedMb { get; }
        }
    }
}
