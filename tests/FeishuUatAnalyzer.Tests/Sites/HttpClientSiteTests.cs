using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    public sealed class HttpClientSiteTests
    {
        private const string Usings = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            """;

        [Fact]
        public Task ReportsSendAsyncWithUserTokenInAuthenticationHeaderValue() => VerifyAsync(Usings + """
            class C
            {
                async Task Run(HttpClient http, string roomId, string userAccessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/rooms/{roomId}?user_id_type=open_id");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    await http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """);

        [Fact]
        public Task ReportsHeaderAddWithBearerStringOnLarkHost() => VerifyAsync(Usings + """
            class C
            {
                void Run(HttpClient http, string user_access_token)
                {
                    var request = new HttpRequestMessage { Method = HttpMethod.Post, RequestUri = new Uri("https://open.larksuite.com/open-apis/vc/v1/rooms/mget") };
                    request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {user_access_token}");
                    http.{|FSUAT001:Send|}(request);
                }
            }
            """);

        [Fact]
        public Task IgnoresTenantTokenAndEndpointsThatAcceptUserTokens() => VerifyAsync(Usings + """
            class C
            {
                async Task Run(HttpClient http, string tenantAccessToken, string userAccessToken, string id)
                {
                    var a = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);
                    a.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    await http.SendAsync(a);
                    var b = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/" + id);
                    b.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    await http.SendAsync(b);
                    var c = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/meeting_room/freebusy/batch_get?room_ids=" + id);
                    c.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    await http.SendAsync(c);
                    var d = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/rooms");
                    d.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    await http.SendAsync(d);
                }

                string Describe(string userAccessToken) => "calls /open-apis/vc/v1/rooms with " + userAccessToken.Length;
            }
            """);

        [Fact]
        public Task ReportsDefaultHeadersSetInConstructorWithRelativeUrls() => VerifyAsync(Usings + """
            class Directory
            {
                private readonly HttpClient _client;

                public Directory(string userAccessToken)
                {
                    _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
                    _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                }

                public Task<string> Rooms() => _client.{|FSUAT001:GetStringAsync|}("open-apis/vc/v1/rooms?page_size=50");
                public Task<HttpResponseMessage> Scope(string id) => _client.{|FSUAT001:GetAsync|}("open-apis/vc/v1/scope_config?scope_type=1&scope_id=" + id);
                public Task<HttpResponseMessage> Meeting(string id) => _client.GetAsync($"open-apis/vc/v1/meetings/{id}");
            }
            """);

        [Fact]
        public Task RequestHeaderReplacesClientDefault() => VerifyAsync(Usings + """
            class C
            {
                private readonly HttpClient _client = new HttpClient();

                C(string userAccessToken) => _client.DefaultRequestHeaders.Add("Authorization", "Bearer " + userAccessToken);

                Task<HttpResponseMessage> Run(string tenantAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Delete, "https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return _client.SendAsync(request);
                }

                Task<HttpResponseMessage> WithDefault() => _client.{|FSUAT001:DeleteAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
            }
            """);

        [Fact]
        public Task ResolvesRelativeUrlsAgainstBaseAddressAsRfc3986() => VerifyAsync(Usings + """
            class C
            {
                private readonly HttpClient _openApis = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/open-apis/") };

                Task<HttpResponseMessage> Relative(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return _openApis.{|FSUAT001:SendAsync|}(request);
                }

                Task<HttpResponseMessage> Rooted(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return _openApis.SendAsync(request);
                }
            }
            """);

        [Fact]
        public Task FollowsConstsFormatAndUriComposition() => VerifyAsync(Usings + """
            class C
            {
                private const string Host = "https://open.feishu.cn";
                private const string Rooms = Host + "/open-apis/vc/v1/rooms";
                private static readonly Uri Base = new Uri("https://open.feishu.cn/open-apis/vc/v1/");

                async Task Run(HttpClient http, string uat, string id)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", uat);
                    await http.{|FSUAT001:GetAsync|}(string.Format("{0}/{1}", Rooms, id));
                    await http.{|FSUAT001:PatchAsJsonAsync|}(new Uri(Base, "room_levels/" + id), new { name = "5F" });
                    await http.{|FSUAT001:PostAsJsonAsync|}(Host + "/open-apis/vc/v1/scope_config", new { });
                }
            }
            """);

        [Fact]
        public Task ReadsClientsFromFactoryWithUnknownBase() => VerifyAsync(Usings + """
            class C
            {
                private readonly IHttpClientFactory _factory;
                C(IHttpClientFactory factory) => _factory = factory;

                Task<string> Run(string userToken)
                {
                    var client = _factory.CreateClient("feishu");
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userToken);
                    return client.{|FSUAT001:GetStringAsync|}("/open-apis/vc/v1/room_levels/search?custom_level_ids=1");
                }

                Task<string> NotFeishuPath(string userToken)
                {
                    var client = _factory.CreateClient("feishu");
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userToken);
                    return client.GetStringAsync("vc/v1/room_levels/search");
                }
            }
            """);

        [Fact]
        public Task RequestWithoutAuthorizationIsNotReported() => VerifyAsync(Usings + """
            class C
            {
                Task<string> Run(HttpClient http) => http.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """);
    }
}
