using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Determinism
{
    /// <summary>
    /// A call through an interface whose implementations lie in several files: the same finding (the same message, from
    /// the first implementation in path order) whatever order the compiler is handed the files.
    /// </summary>
    public sealed class DispatchedSenderDeterminismTests
    {
        private const string Usings = "using System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n";

        private static readonly (string Path, string Text)[] Files =
        {
            ("/0/Contract.cs", Usings + """
                public interface IFeishuHttp { Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string token); }
                public sealed class Rooms
                {
                    public Task List(IFeishuHttp http, string userAccessToken) => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"), userAccessToken);
                    public Task Levels(IFeishuHttp http, string tenantAccessToken) => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels"), tenantAccessToken);
                }
                """),
            ("/0/A/HeaderHttp.cs", Usings + """
                public sealed class HeaderHttp : IFeishuHttp
                {
                    private readonly HttpClient _http = new HttpClient();
                    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string token) { request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token); return _http.SendAsync(request); }
                }
                """),
            ("/0/B/StringHttp.cs", Usings + """
                public sealed class StringHttp : IFeishuHttp
                {
                    private readonly HttpClient _http = new HttpClient();
                    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string token) { request.Headers.Add("Authorization", "Bearer " + token); return _http.SendAsync(request); }
                }
                """),
            ("/0/C/NamedHttp.cs", Usings + """
                public sealed class NamedHttp : IFeishuHttp
                {
                    private readonly HttpClient _http = new HttpClient();
                    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string userAccessToken) { request.Headers.Add("Authorization", "Bearer " + userAccessToken); return _http.SendAsync(request); }
                }
                """),
        };

        [Fact]
        public async Task FilesInAnyOrderGiveTheSameFinding()
        {
            var baseline = await RunAsync(Files);
            Assert.Single(baseline);
            var random = new Random(20261130);
            for (var run = 0; run < 12; run++)
            {
                var result = await RunAsync(Files.OrderBy(_ => random.Next()).ToArray());
                Assert.True(baseline.SequenceEqual(result), "run " + run + " differs:\n" + string.Join("\n", result) + "\n--- baseline:\n" + string.Join("\n", baseline));
            }
        }

        private static async Task<string[]> RunAsync((string Path, string Text)[] files)
        {
            var compilation = await TestLibraries.CompileAsync("DispatchedDeterminism", files);
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer()), options).GetAllDiagnosticsAsync(CancellationToken.None);
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("FSUAT", StringComparison.Ordinal));
            return diagnostics
                .Where(d => d.Id.StartsWith("FSUAT", StringComparison.Ordinal) || d.Id == "AD0001")
                .Select(d => d.Id + " " + d.Properties["TokenShape"] + " " + d.Location.SourceTree?.FilePath + " " + d.Location.SourceSpan + " " + string.Join(",", d.AdditionalLocations.Select(l => l.SourceTree?.FilePath + l.SourceSpan)) + " :: " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(text => text, StringComparer.Ordinal)
                .ToArray();
        }
    }
}
