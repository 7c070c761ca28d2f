using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Benchmarks;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using FeishuUatAnalyzer.Benchmarks.Measurements;
using Api = FeishuUatAnalyzer.Benchmarks.Analyzers.Api;

namespace FeishuUatAnalyzer.Benchmarks
{
    /// <summary>The markdown summary printed at the end: the tables, the ratios and the two targets.</summary>
    internal sealed class SummaryWriter
    {
        /// <summary>On the HTTP corpus this analyzer costs no more than BannedApiAnalyzers.</summary>
        public const double HttpTarget = 1.00;

        /// <summary>On the no-HTTP corpus it is within 10% of the empty analyzer.</summary>
        public const double NoHttpTarget = 1.10;

        private readonly Options _options;
        private readonly DateTimeOffset _started;
        private readonly string _loadAtStart;
        private readonly string _sourceVersion;
        private readonly StringBuilder _interleaved = new StringBuilder();
        private readonly StringBuilder _bdn = new StringBuilder();
        private readonly List<string> _targets = new List<string>();

        public SummaryWriter(Options options, DateTimeOffset started)
        {
            _options = options;
            _started = started;
            _loadAtStart = LoadAverage();
            _sourceVersion = SourceVersion();
        }

        public void AddInterleaved(IReadOnlyList<Cell> cells, int rounds)
        {
            double Cpu(Cell c) => InterleavedPass.Median(c.CpuMs);
            double Alloc(Cell c) => InterleavedPass.Median(c.AllocatedMb);
            var s = _interleaved;
            s.AppendLine($"### Interleaved pass: process CPU time (user + system, all threads), median of {rounds} round(s); every configuration once per round, in rotating order");
            s.AppendLine();
            s.AppendLine("GetAnalysisResultAsync (the analyzers alone, as in the BenchmarkDotNet table):");
            s.AppendLine();
            s.AppendLine("| Corpus | Files | Analyzer | CPU time | Wall time | Allocated | Analyzer's own time¹ | Diagnostics (round 0) |");
            s.AppendLine("|---|---:|---|---:|---:|---:|---:|---|");
            foreach (var cell in cells.Where(c => c.Mode == CompilationMode.Clone && c.Api == Api.Analysis))
            {
                s.AppendLine($"| {cell.Corpus} | {cell.Files} | {Name(cell.Analyzer)} | {Ms(Cpu(cell))} | {Ms(InterleavedPass.Median(cell.WallMs))} | {Mb(Alloc(cell))} | {Ms(cell.ExecutionMs)} | {cell.Diagnostics}{(cell.Exceptions > 0 ? $" (analyzer exceptions: {cell.Exceptions})" : string.Empty)} |");
            }

            s.AppendLine();
            s.AppendLine("¹ Wall-clock time inside the analyzer's callbacks as the driver logs it (logAnalyzerExecutionTime, round 0, summed over threads). It includes binding that the analyzer asks for first (bodies of helper methods via SemanticModel.GetOperation) and that the driver would otherwise do later, and time preempted by other processes.");
            s.AppendLine();
            s.AppendLine("| Corpus | FeishuUat / Empty (CPU) | FeishuUat / BannedApi (CPU) | FeishuUat / Empty (alloc) | FeishuUat / BannedApi (alloc) | FeishuUat − Empty (CPU) | BannedApi − Empty (CPU) |");
            s.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var corpus in new[] { CorpusKind.Http, CorpusKind.NoHttp })
            {
                var empty = Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.Empty, Api.Analysis);
                var ours = Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.FeishuUat, Api.Analysis);
                var banned = Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.BannedApi, Api.Analysis);
                if (empty is null || ours is null || banned is null)
                {
                    continue;
                }

                s.AppendLine($"| {corpus} | {Ratio(Cpu(ours), Cpu(empty))} | {Ratio(Cpu(ours), Cpu(banned))} | {Ratio(Alloc(ours), Alloc(empty))} | {Ratio(Alloc(ours), Alloc(banned))} | {Ms(Cpu(ours) - Cpu(empty))} | {Ms(Cpu(banned) - Cpu(empty))} |");
                if (corpus == CorpusKind.Http)
                {
                    _targets.Add(Target("HTTP corpus, GetAnalysisResultAsync CPU time: FeishuUat ≤ BannedApi", Cpu(ours) / Cpu(banned), HttpTarget));
                }
                else
                {
                    _targets.Add(Target("No-HTTP corpus, GetAnalysisResultAsync CPU time: FeishuUat ≤ 1.10 × Empty", Cpu(ours) / Cpu(empty), NoHttpTarget));
                }
            }

            var build = new[] { CorpusKind.Http, CorpusKind.NoHttp }
                .Select(corpus => (Corpus: corpus,
                    Compiler: Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.Empty, Api.CompilerOnly),
                    Empty: Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.Empty, Api.Build),
                    Ours: Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.FeishuUat, Api.Build),
                    Banned: Find(cells, corpus, AnalyzerBenchmarks.FileCount, AnalyzerKind.BannedApi, Api.Build)))
                .Where(r => r.Compiler != null && r.Empty != null && r.Ours != null && r.Banned != null)
                .ToList();
            if (build.Count > 0)
            {
                s.AppendLine();
                s.AppendLine("Build-like: GetAllDiagnosticsAsync (compiler and analyzer diagnostics from one binding, as csc computes them), against the compiler alone (GetDiagnostics):");
                s.AppendLine();
                s.AppendLine("| Corpus | Compiler only | + EmptyAnalyzer | + FeishuUatAnalyzer | + BannedApiAnalyzers | added: Empty / FeishuUat / BannedApi | FeishuUat / Empty | FeishuUat / BannedApi |");
                s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var (corpus, compiler, empty, ours, banned) in build)
                {
                    var c = Cpu(compiler!);
                    s.AppendLine($"| {corpus} | {Ms(c)} | {Ms(Cpu(empty!))} | {Ms(Cpu(ours!))} | {Ms(Cpu(banned!))} | {Ms(Cpu(empty!) - c)} / {Ms(Cpu(ours!) - c)} / {Ms(Cpu(banned!) - c)} | {Ratio(Cpu(ours!), Cpu(empty!))} | {Ratio(Cpu(ours!), Cpu(banned!))} |");
                    if (corpus == CorpusKind.Http)
                    {
                        _targets.Add(Target("HTTP corpus, build-like CPU time: FeishuUat ≤ BannedApi", Cpu(ours!) / Cpu(banned!), HttpTarget));
                    }
                    else
                    {
                        _targets.Add(Target("No-HTTP corpus, build-like CPU time: FeishuUat ≤ 1.10 × Empty", Cpu(ours!) / Cpu(empty!), NoHttpTarget));
                    }
                }
            }

            var scaling = new[] { 250, 500, 1000 }
                .Select(files => (Files: files, Empty: Find(cells, CorpusKind.Http, files, AnalyzerKind.Empty, Api.Analysis), Ours: Find(cells, CorpusKind.Http, files, AnalyzerKind.FeishuUat, Api.Analysis)))
                .Where(row => row.Empty != null && row.Ours != null)
                .ToList();
            if (scaling.Count > 1)
            {
                s.AppendLine();
                s.AppendLine("Scaling on the HTTP corpus (its first N files), GetAnalysisResultAsync:");
                s.AppendLine();
                s.AppendLine("| Files | Lines | Empty CPU | FeishuUat CPU | FeishuUat − Empty | per file | FeishuUat / Empty | FeishuUat own time | per file | FeishuUat allocated | per file |");
                s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var (files, empty, ours) in scaling)
                {
                    var delta = Cpu(ours!) - Cpu(empty!);
                    var lines = CorpusFactory.Get(CorpusKind.Http, files).Lines;
                    s.AppendLine($"| {files} | {lines:N0} | {Ms(Cpu(empty!))} | {Ms(Cpu(ours!))} | {Ms(delta)} | {delta / files:N2} ms | {Ratio(Cpu(ours!), Cpu(empty!))} | {Ms(ours!.ExecutionMs)} | {ours.ExecutionMs / files:N2} ms | {Mb(Alloc(ours))} | {Alloc(ours) * 1024 / files:N0} KB |");
                }
            }

            var modes = cells.Where(c => c.Analyzer == AnalyzerKind.Empty && c.Api == Api.Analysis && c.Corpus == CorpusKind.Http && c.Files == AnalyzerBenchmarks.FileCount).OrderBy(c => c.Mode).ToList();
            if (modes.Count > 1)
            {
                s.AppendLine();
                s.AppendLine("Compilation mode study (EmptyAnalyzer, HTTP corpus, GetAnalysisResultAsync):");
                s.AppendLine();
                s.AppendLine("| Mode | CPU time | Wall time | Allocated |");
                s.AppendLine("|---|---:|---:|---:|");
                foreach (var cell in modes)
                {
                    s.AppendLine($"| {cell.Mode} | {Ms(Cpu(cell))} | {Ms(InterleavedPass.Median(cell.WallMs))} | {Mb(Alloc(cell))} |");
                }
            }

            s.AppendLine();
        }

        public void AddBenchmarkDotNet(IReadOnlyList<Summary> summaries)
        {
            var rows = summaries.SelectMany(summary => summary.Reports.Select(report => Row.From(summary, report))).Where(r => r != null).Select(r => r!).ToList();
            var s = _bdn;
            s.AppendLine($"### BenchmarkDotNet: wall time per GetAnalysisResultAsync, job {(_options.Quick ? "Quick (Monitoring, 1 warm-up, 3 iterations)" : "Full (Monitoring, 2 warm-ups, 8 iterations)")}");
            s.AppendLine();
            s.AppendLine("| Benchmark | Params | Method | Mean | StdDev | Allocated |");
            s.AppendLine("|---|---|---|---:|---:|---:|");
            foreach (var row in rows)
            {
                s.AppendLine($"| {row.Type} | {row.Params} | {row.Method} | {Ms(row.MeanNs / 1e6)} | {Ms(row.StdDevNs / 1e6)} | {(row.AllocatedBytes is long a ? Mb(a / 1048576.0) : "?")} |");
            }

            s.AppendLine();
            var main = rows.Where(r => r.Type == nameof(AnalyzerBenchmarks)).ToList();
            if (main.Count > 0)
            {
                s.AppendLine("| Corpus | FeishuUat / Empty (time) | FeishuUat / BannedApi (time) | FeishuUat / Empty (alloc) | FeishuUat / BannedApi (alloc) |");
                s.AppendLine("|---|---:|---:|---:|---:|");
                foreach (var corpus in new[] { CorpusKind.Http, CorpusKind.NoHttp })
                {
                    var p = "Corpus=" + corpus;
                    var empty = main.FirstOrDefault(r => r.Params == p && r.Method == "EmptyAnalyzer");
                    var ours = main.FirstOrDefault(r => r.Params == p && r.Method == "FeishuUatAnalyzer");
                    var banned = main.FirstOrDefault(r => r.Params == p && r.Method == "BannedApiAnalyzers");
                    if (empty is null || ours is null || banned is null)
                    {
                        continue;
                    }

                    s.AppendLine($"| {corpus} | {Ratio(ours.MeanNs, empty.MeanNs)} | {Ratio(ours.MeanNs, banned.MeanNs)} | {Ratio(ours.AllocatedBytes, empty.AllocatedBytes)} | {Ratio(ours.AllocatedBytes, banned.AllocatedBytes)} |");
                    if (corpus == CorpusKind.Http)
                    {
                        _targets.Add(Target("HTTP corpus, BenchmarkDotNet wall time: FeishuUat ≤ BannedApi", ours.MeanNs / banned.MeanNs, HttpTarget));
                    }
                    else
                    {
                        _targets.Add(Target("No-HTTP corpus, BenchmarkDotNet wall time: FeishuUat ≤ 1.10 × Empty", ours.MeanNs / empty.MeanNs, NoHttpTarget));
                    }
                }

                s.AppendLine();
            }

            var scaling = rows.Where(r => r.Type == nameof(ScalingBenchmarks)).ToList();
            if (scaling.Count > 0)
            {
                s.AppendLine("| Scaling (HTTP corpus) | Mean | per file | Allocated | per file |");
                s.AppendLine("|---|---:|---:|---:|---:|");
                foreach (var row in scaling)
                {
                    var files = int.Parse(row.Params.Split('=')[1], CultureInfo.InvariantCulture);
                    s.AppendLine($"| {files} files | {Ms(row.MeanNs / 1e6)} | {row.MeanNs / 1e6 / files:N2} ms | {(row.AllocatedBytes is long a ? Mb(a / 1048576.0) : "?")} | {(row.AllocatedBytes is long b ? (b / 1024.0 / files).ToString("N0", CultureInfo.InvariantCulture) + " KB" : "?")} |");
                }

                s.AppendLine();
            }
        }

        public override string ToString()
        {
            var s = new StringBuilder();
            s.AppendLine("## FeishuUatAnalyzer benchmark summary");
            s.AppendLine();
            s.AppendLine($"- Date: {_started:yyyy-MM-dd HH:mm zzz}");
            s.AppendLine($"- Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, Microsoft.CodeAnalysis {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}");
            s.AppendLine($"- Load average (1/5/15 min) at start: {_loadAtStart}; at end: {LoadAverage()}");
            s.AppendLine($"- Analyzer source: {_sourceVersion}");
            s.AppendLine($"- Arguments: `{_options.CommandLine}`");
            s.AppendLine($"- Corpora: {string.Join("; ", new[] { CorpusKind.Http, CorpusKind.NoHttp }.Select(k => CorpusFactory.Get(k, AnalyzerBenchmarks.FileCount).Describe()))}");
            s.AppendLine();
            if (_targets.Count > 0)
            {
                s.AppendLine("Targets:");
                s.AppendLine();
                foreach (var target in _targets)
                {
                    s.AppendLine("- " + target);
                }

                s.AppendLine();
            }

            s.Append(_bdn);
            s.Append(_interleaved);
            return s.ToString();
        }

        private static Cell? Find(IReadOnlyList<Cell> cells, CorpusKind corpus, int files, AnalyzerKind analyzer, Api api) =>
            cells.FirstOrDefault(c => c.Corpus == corpus && c.Files == files && c.Api == api && (api == Api.CompilerOnly || c.Analyzer == analyzer) && c.Mode == CompilationMode.Clone);

        private static string Target(string what, double ratio, double limit) =>
            ratio <= limit
                ? $"{what}: ratio {ratio:N3} (limit {limit:N2}) — met"
                : $"{what}: ratio {ratio:N3} (limit {limit:N2}) — MISSED by {(ratio / limit - 1) * 100:N1}%";

        private static string Name(AnalyzerKind kind) => kind switch
        {
            AnalyzerKind.Empty => "EmptyAnalyzer",
            AnalyzerKind.FeishuUat => "FeishuUatAnalyzer",
            _ => "BannedApiAnalyzers",
        };

        private static string Ms(double ms) => double.IsNaN(ms) ? "?" : ms.ToString("N0", CultureInfo.InvariantCulture) + " ms";

        private static string Mb(double mb) => double.IsNaN(mb) ? "?" : mb.ToString("N1", CultureInfo.InvariantCulture) + " MB";

        private static string Ratio(double a, double b) => b <= 0 || double.IsNaN(a) || double.IsNaN(b) ? "?" : (a / b).ToString("N3", CultureInfo.InvariantCulture);

        private static string Ratio(long? a, long? b) => a is long x && b is long y ? Ratio((double)x, y) : "?";

        /// <summary>The commit the analyzer was built from (read-only git commands), and whether src/ had uncommitted changes.</summary>
        private static string SourceVersion()
        {
            try
            {
                var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
                while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, ".git")) && !File.Exists(Path.Combine(dir.FullName, ".git")))
                {
                    dir = dir.Parent;
                }

                if (dir is null)
                {
                    return "unknown (not run from the repository)";
                }

                var head = Git(dir.FullName, "rev-parse --short HEAD");
                var dirty = Git(dir.FullName, "status --porcelain -- src");
                return $"commit {head}" + (dirty.Length > 0 ? " with uncommitted changes in src/" : string.Empty);
            }
            catch (Exception exception) when (exception is IOException || exception is InvalidOperationException || exception is System.ComponentModel.Win32Exception)
            {
                return "unknown (" + exception.Message + ")";
            }
        }

        private static string Git(string repo, string arguments)
        {
            var start = new System.Diagnostics.ProcessStartInfo("git", $"--no-optional-locks -C \"{repo}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("git did not start");
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }

        private static string LoadAverage()
        {
            try
            {
                var parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return $"{parts[0]} / {parts[1]} / {parts[2]}";
            }
            catch (IOException)
            {
                return "n/a";
            }
            catch (UnauthorizedAccessException)
            {
                return "n/a";
            }
        }

        private sealed class Row
        {
            public string Type { get; private set; } = string.Empty;

            public string Params { get; private set; } = string.Empty;

            public string Method { get; private set; } = string.Empty;

            public double MeanNs { get; private set; }

            public double StdDevNs { get; private set; }

            public long? AllocatedBytes { get; private set; }

            public static Row? From(Summary summary, BenchmarkReport report)
            {
                if (report.ResultStatistics is null)
                {
                    return null;
                }

                var benchmark = report.BenchmarkCase;
                return new Row
                {
                    Type = benchmark.Descriptor.Type.Name,
                    Params = string.Join(", ", benchmark.Parameters.Items.Select(p => $"{p.Name}={p.Value}")),
                    Method = benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                    MeanNs = report.ResultStatistics.Mean,
                    StdDevNs = report.ResultStatistics.StandardDeviation,
                    AllocatedBytes = report.GcStats.GetBytesAllocatedPerOperation(benchmark),
                };
            }
        }
    }
}
