using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Rules;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Requests that travel between methods: the fix replaces the token where the outermost caller wrote it; a call
    /// through an interface that runs several bodies has no single place to fix, so none is offered (Fixable=false).
    /// </summary>
    public sealed class TravellingRequestFixTests
    {
        [Fact]
        public Task TheTokenAHelperPutsOnTheRequestIsReplacedWhereTheCallerWroteIt() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage Build(string path, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/" + path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

                public async Task<HttpResponseMessage> List(string userAccessToken) => await _http.{|FSUAT001:SendAsync|}(Build("vc/v1/rooms", userAccessToken));
            }
            """, """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage Build(string path, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/" + path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

                public async Task<HttpResponseMessage> List(string userAccessToken) => await _http.SendAsync(Build("vc/v1/rooms", await FeishuTenantTokenProvider.Shared.GetTokenAsync()));
            }
            """, Provider());

        [Fact]
        public Task TheTokenAVoidHelperAddsIsReplacedWhereTheCallerWroteIt() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static void Authorize(HttpRequestMessage request, string token) =>
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

                public async Task<HttpResponseMessage> List(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    Authorize(request, userAccessToken);
                    return await _http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """, """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static void Authorize(HttpRequestMessage request, string token) =>
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

                public async Task<HttpResponseMessage> List(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    Authorize(request, await FeishuTenantTokenProvider.Shared.GetTokenAsync());
                    return await _http.SendAsync(request);
                }
            }
            """, Provider());

        private const string SeveralSenders = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public interface IFeishuHttp
            {
                Task<HttpResponseMessage> SendAsync(HttpRequestMessage request);
            }

            public sealed class UserHttp : IFeishuHttp
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "u-1");
                    return _http.SendAsync(request);
                }
            }

            public sealed class OtherUserHttp : IFeishuHttp
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "u-2");
                    return _http.SendAsync(request);
                }
            }

            public sealed class Rooms
            {
                public async Task<HttpResponseMessage> List(IFeishuHttp http) =>
                    await http.{|FSUAT001:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));
            }
            """;

        [Fact]
        public Task NoFixIsOfferedForACallThatRunsSeveralBodies() => VerifyNoFixAsync(SeveralSenders);

        [Fact]
        public async Task ACallThatRunsSeveralBodiesIsMarkedNotFixable()
        {
            var diagnostics = await DiagnosticPropertiesTests.AnalyzeAsync(SeveralSenders.Replace("{|FSUAT001:SendAsync|}", "SendAsync"));
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("true", diagnostic.Properties["ViaHelper"]);
            Assert.Equal("false", diagnostic.Properties["Fixable"]);
        }
    }
}
