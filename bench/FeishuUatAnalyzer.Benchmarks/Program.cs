using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Benchmarks;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using FeishuUatAnalyzer.Benchmarks.Measurements;
using Api = FeishuUatAnalyzer.Benchmarks.Analyzers.Api;

namespace FeishuUatAnalyzer.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project bench/FeishuUatAnalyzer.Benchmarks -- [--quick] [options] [BenchmarkDotNet options]
    /// <list type="bullet">
    /// <item>--quick: a short BenchmarkDotNet job (1 warm-up, 3 measured iterations) and 1 interleaved round after the warm-up round;</item>
    /// <item>--modes: also the Same/Clone/Recreate compilation study;</item>
    /// <item>--no-bdn / --no-interleaved: skip one of the two passes;</item>
    /// <item>--rounds N: interleaved rounds; --cells Http/1000/,NoHttp/1000/Build: only those interleaved configurations;</item>
    /// <item>--summary FILE: where the markdown summary goes;</item>
    /// <item>--dump DIR: write the generated corpora to DIR and exit;</item>
    /// <item>--ide [FILES]: only the IDE case, one document re-analysed after an edit in a FILES-file solution (5,000 by default);</item>
    /// <item>anything else (--filter, --join, ...) goes to BenchmarkDotNet.</item>
    /// </list>
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var options = Options.Parse(args);
            if (options.DumpDirectory != null)
            {
                Dump(options.DumpDirectory);
                return 0;
            }

            if (options.IdeFiles > 0)
            {
                // The IDE case alone: one document re-analysed after an edit.
                var table = await EditLatency.RunAsync(options.IdeFiles, options.Rounds, Console.WriteLine);
                Console.WriteLine();
                Console.WriteLine(table);
                if (options.SummaryPath != null)
                {
                    File.WriteAllText(options.SummaryPath, table);
                }

                return 0;
            }

            var artifacts = options.Artifacts ?? DefaultArtifactsPath();
            Directory.CreateDirectory(artifacts);
            var summaryPath = options.SummaryPath ?? Path.Combine(artifacts, "feishu-summary.md");
            var started = DateTimeOffset.Now;
            var report = new SummaryWriter(options, started);

            IReadOnlyList<Cell>? cells = null;
            if (options.Interleaved)
            {
                cells = await InterleavedPass.RunAsync(Cells(options), options.Rounds, Console.WriteLine);
                report.AddInterleaved(cells, options.Rounds);
                File.WriteAllText(summaryPath, report.ToString());
            }

            if (options.Bdn)
            {
                var types = new List<Type> { typeof(AnalyzerBenchmarks), typeof(ScalingBenchmarks) };
                if (options.Modes)
                {
                    types.Add(typeof(CompilationModeBenchmarks));
                }

                var job = Job.Default
                    .WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1)
                    .WithWarmupCount(options.Quick ? 1 : 2)
                    .WithIterationCount(options.Quick ? 3 : 8)
                    .WithInvocationCount(1)
                    .WithUnrollFactor(1)
                    .WithEnvironmentVariable("DOTNET_TieredCompilation", "0")
                    .WithId(options.Quick ? "Quick" : "Full");
                var config = ManualConfig.Create(DefaultConfig.Instance)
                    .AddJob(job)
                    .WithArtifactsPath(artifacts)
                    .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
                var bdnArgs = options.BdnArgs.ToList();
                if (!bdnArgs.Contains("--filter") && !bdnArgs.Contains("-f"))
                {
                    bdnArgs.Add("--filter");
                    bdnArgs.Add("*");
                }

                var summaries = BenchmarkSwitcher.FromTypes(types.ToArray()).Run(bdnArgs.ToArray(), config).ToList();
                report.AddBenchmarkDotNet(summaries);
            }

            var text = report.ToString();
            File.WriteAllText(summaryPath, text);
            Console.WriteLine();
            Console.WriteLine(text);
            Console.WriteLine($"(summary written to {summaryPath})");
            return 0;
        }

        private static IReadOnlyList<Cell> Cells(Options options)
        {
            var cells = new List<Cell>();
            foreach (var corpus in new[] { CorpusKind.Http, CorpusKind.NoHttp })
            {
                foreach (var analyzer in new[] { AnalyzerKind.Empty, AnalyzerKind.FeishuUat, AnalyzerKind.BannedApi })
                {
                    cells.Add(new Cell(corpus, AnalyzerBenchmarks.FileCount, analyzer));
                }
            }

            foreach (var files in new[] { 250, 500 })
            {
                cells.Add(new Cell(CorpusKind.Http, files, AnalyzerKind.Empty));
                cells.Add(new Cell(CorpusKind.Http, files, AnalyzerKind.FeishuUat));
            }

            if (options.BuildCells)
            {
                foreach (var corpus in new[] { CorpusKind.Http, CorpusKind.NoHttp })
                {
                    cells.Add(new Cell(corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.Empty, Api.CompilerOnly));
                    foreach (var analyzer in new[] { AnalyzerKind.Empty, AnalyzerKind.FeishuUat, AnalyzerKind.BannedApi })
                    {
                        cells.Add(new Cell(corpus, AnalyzerBenchmarks.FileCount, analyzer, Api.Build));
                    }
                }
            }

            if (options.Modes)
            {
                cells.Add(new Cell(CorpusKind.Http, AnalyzerBenchmarks.FileCount, AnalyzerKind.Empty, Api.Analysis, CompilationMode.Same));
                cells.Add(new Cell(CorpusKind.Http, AnalyzerBenchmarks.FileCount, AnalyzerKind.Empty, Api.Analysis, CompilationMode.Recreate));
            }

            if (options.CellFilter.Count > 0)
            {
                cells = cells.Where(c => options.CellFilter.Any(prefix => c.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList();
            }

            return cells;
        }

        private static void Dump(string directory)
        {
            foreach (var kind in new[] { CorpusKind.Http, CorpusKind.NoHttp })
            {
                var planted = new PlantedCounts();
                foreach (var file in CorpusFactory.Files(kind, AnalyzerBenchmarks.FileCount, CorpusFactory.DefaultSeed, planted))
                {
                    var path = Path.Combine(directory, kind.ToString(), file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, file.Text);
                }

                File.WriteAllText(Path.Combine(directory, kind.ToString(), LibraryStandIns.FileName), LibraryStandIns.Source);
                Console.WriteLine($"{kind}: written to {Path.Combine(directory, kind.ToString())}; planted {planted}");
            }

            File.WriteAllText(Path.Combine(directory, "BannedSymbols.txt"), BannedApi.BannedSymbolsText);
        }

        /// <summary>bench/BenchmarkDotNet.Artifacts when run from the repository (or from bench/), else ./BenchmarkDotNet.Artifacts.</summary>
        private static string DefaultArtifactsPath()
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            for (var d = dir; d != null; d = d.Parent)
            {
                var bench = Path.Combine(d.FullName, "bench", "FeishuUatAnalyzer.Benchmarks");
                if (Directory.Exists(bench))
                {
                    return Path.Combine(d.FullName, "bench", "BenchmarkDotNet.Artifacts");
                }

                if (Directory.Exists(Path.Combine(d.FullName, "FeishuUatAnalyzer.Benchmarks")) && d.Name == "bench")
                {
                    return Path.Combine(d.FullName, "BenchmarkDotNet.Artifacts");
                }
            }

            return Path.Combine(dir.FullName, "BenchmarkDotNet.Artifacts");
        }
    }

    internal sealed class Options
    {
        public bool Quick { get; private set; }

        public bool Modes { get; private set; }

        public bool Bdn { get; private set; } = true;

        public bool Interleaved { get; private set; } = true;

        public bool BuildCells { get; private set; } = true;

        public int Rounds { get; private set; }

        public string? SummaryPath { get; private set; }

        public string? Artifacts { get; private set; }

        public string? DumpDirectory { get; private set; }

        /// <summary>--ide [FILES]: only the IDE case (one document re-analysed after an edit) in a FILES-file solution (5,000 by default).</summary>
        public int IdeFiles { get; private set; }

        public List<string> BdnArgs { get; } = new List<string>();

        /// <summary>--cells: only the interleaved configurations whose key (Corpus/Files/Api/Analyzer/Mode) starts with one of these.</summary>
        public List<string> CellFilter { get; } = new List<string>();

        public string CommandLine { get; private set; } = string.Empty;

        public static Options Parse(string[] args)
        {
            var options = new Options { CommandLine = string.Join(" ", args) };
            int? rounds = null;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--quick":
                        options.Quick = true;
                        break;
                    case "--modes":
                        options.Modes = true;
                        break;
                    case "--no-bdn":
                        options.Bdn = false;
                        break;
                    case "--no-interleaved":
                        options.Interleaved = false;
                        break;
                    case "--cells" when i + 1 < args.Length:
                        options.CellFilter.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        break;
                    case "--no-build-cells":
                        options.BuildCells = false;
                        break;
                    case "--rounds" when i + 1 < args.Length:
                        rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--summary" when i + 1 < args.Length:
                        options.SummaryPath = Path.GetFullPath(args[++i]);
                        break;
                    case "--dump" when i + 1 < args.Length:
                        options.DumpDirectory = Path.GetFullPath(args[++i]);
                        break;
                    case "--ide":
                        options.IdeFiles = 5000;
                        if (i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ideFiles))
                        {
                            options.IdeFiles = ideFiles;
                            i++;
                        }

                        break;
                    case "--artifacts" when i + 1 < args.Length:
                        options.Artifacts = Path.GetFullPath(args[++i]);
                        break;
                    default:
                        options.BdnArgs.Add(args[i]);
                        break;
                }
            }

            options.Rounds = rounds ?? (options.Quick ? 1 : 5);
            return options;
        }
    }
}
