using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Benchmarks.Analyzers;
using FeishuUatAnalyzer.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Measurements
{
    /// <summary>
    /// The IDE case: one document re-analysed after a keystroke. The generated HTTP corpus (5,000 files by default) plus
    /// one edited document whose helper takes the token as a parameter (so the analyzer asks for that helper's callers);
    /// each round makes a new edit (a fresh compilation, as the IDE does after a keystroke) and asks every analyzer for
    /// that document's diagnostics only (<c>GetAnalyzerSemanticDiagnosticsAsync(model, null)</c>), in rotating order.
    /// What counts is each analyzer's time minus the empty analyzer's in the same round: what it adds to the edit.
    /// </summary>
    internal static class EditLatency
    {
        private const string EditedPath = "/corpus/Edited/RoomEditor.cs";

        public static async Task<string> RunAsync(int files, int rounds, Action<string> log)
        {
            var corpus = CorpusFactory.Get(CorpusKind.Http, files);
            log(corpus.Describe());
            var kinds = new[] { AnalyzerKind.Empty, AnalyzerKind.FeishuUat, AnalyzerKind.BannedApi };
            var samples = kinds.ToDictionary(kind => kind, _ => new List<double>());
            var baseCompilation = corpus.CreateCompilation().AddSyntaxTrees(Edited(0));
            var found = new Dictionary<AnalyzerKind, int>();

            // Round 0 warms up (JIT, metadata) and is not counted.
            for (var round = 0; round <= rounds; round++)
            {
                var edited = Edited(round + 1);
                var order = kinds.Skip(round % kinds.Length).Concat(kinds.Take(round % kinds.Length)).ToArray();
                foreach (var kind in order)
                {
                    // A fresh compilation per analyzer and round: nothing bound by one run helps the next.
                    var compilation = baseCompilation.ReplaceSyntaxTree(baseCompilation.SyntaxTrees.Last(), edited);
                    var analyzers = AnalysisRunner.AnalyzersFor(kind);
                    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(AnalysisRunner.OptionsFor(kind), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
                    var model = compilation.GetSemanticModel(edited);
                    var watch = Stopwatch.StartNew();
                    var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);
                    watch.Stop();
                    found[kind] = diagnostics.Length;
                    if (round > 0)
                    {
                        samples[kind].Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                log($"round {round}: " + string.Join(", ", kinds.Select(k => $"{k}={(samples[k].Count > 0 ? samples[k].Last() : 0):F1} ms")));
            }

            if (found[AnalyzerKind.FeishuUat] != 2)
            {
                throw new InvalidOperationException("the edited document should have 2 FSUAT diagnostics, the analyzer reported " + found[AnalyzerKind.FeishuUat]);
            }

            // Added latency per round (the same edit, the same machine load), then the median over rounds.
            double AddedBy(AnalyzerKind kind) => Median(samples[kind].Zip(samples[AnalyzerKind.Empty], (own, empty) => own - empty).ToList());
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"### IDE: one document re-analysed after an edit ({files:N0}-file solution, {rounds} rounds, medians of wall time)");
            text.AppendLine();
            text.AppendLine("| Analyzer | Document analysis (ms) | Added to the empty analyzer, same round (ms) |");
            text.AppendLine("|---|---:|---:|");
            foreach (var kind in kinds)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {Median(samples[kind]):F1} | {(kind == AnalyzerKind.Empty ? "—" : AddedBy(kind).ToString("F1", CultureInfo.InvariantCulture))} |");
            }

            var added = AddedBy(AnalyzerKind.FeishuUat);
            var banned = AddedBy(AnalyzerKind.BannedApi);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Target: FeishuUat adds no more than BannedApiAnalyzers + 20 ms: {added:F1} ms vs {banned + 20:F1} ms: {(added <= banned + 20 ? "met" : "NOT met")}.");
            return text.ToString();
        }

        /// <summary>The edited document: a helper that takes the token as a parameter, its callers, and a comment that changes with each edit.</summary>
        private static SyntaxTree Edited(int edit) => CSharpSyntaxTree.ParseText(
            $$"""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Corpus.Edited
            {
                public sealed class RoomEditor
                {
                    private readonly HttpClient _http = new HttpClient();

                    // edit {{edit}}
                    public Task<HttpResponseMessage> SendToFeishuAsync(HttpMethod method, string path, string token)
                    {
                        var request = new HttpRequestMessage(method, "https://open.feishu.cn" + path);
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        return _http.SendAsync(request);
                    }

                    public Task<HttpResponseMessage> RenameRoomAsync(string roomId, string userAccessToken) =>
                        SendToFeishuAsync(HttpMethod.Patch, "/open-apis/vc/v1/rooms/" + roomId, userAccessToken);

                    public Task<HttpResponseMessage> ListLevelsAsync(string tenantAccessToken) =>
                        SendToFeishuAsync(HttpMethod.Get, "/open-apis/vc/v1/room_levels", tenantAccessToken);

                    public Task<HttpResponseMessage> LevelAsync(string levelId, string credential) =>
                        SendToFeishuAsync(HttpMethod.Get, "/open-apis/vc/v1/room_levels/" + levelId, credential);
                }
            }
            """,
            CorpusFactory.ParseOptions,
            EditedPath);

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
