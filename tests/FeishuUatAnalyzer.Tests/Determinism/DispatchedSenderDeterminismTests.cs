using System;
using System.Linq;
using System.Threading.Tasks;
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
            var baseline = await DeterminismTests.DescribeConcurrentRunAsync(Files);
            Assert.Single(baseline);
            var random = new Random(20261130);
            for (var run = 0; run < 12; run++)
            {
                var result = await DeterminismTests.DescribeConcurrentRunAsync(Files.OrderBy(_ => random.Next()).ToArray());
                Assert.True(baseline.SequenceEqual(result), "run " + run + " differs:\n" + string.Join("\n", result) + "\n--- baseline:\n" + string.Join("\n", baseline));
            }
        }
    }
}
