using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>The team's own helpers: the callers that choose the endpoint and the token are the sites.</summary>
    public sealed class HelperSiteTests
    {
        [Fact]
        public Task ReportsCallersOfAGenericSendHelper() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Gateway
            {
                private readonly HttpClient _http = new HttpClient();

                private async Task<string> SendAsync(HttpMethod method, string path, string accessToken)
                {
                    using var request = new HttpRequestMessage(method, "https://open.feishu.cn" + path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                    using var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }

                public Task<string> DeleteRoom(string roomId, string userAccessToken) =>
                    {|FSUAT001:SendAsync|}(HttpMethod.Delete, $"/open-apis/vc/v1/rooms/{roomId}", userAccessToken);

                public Task<string> ApplyReserve(string userAccessToken) =>
                    SendAsync(HttpMethod.Post, "/open-apis/vc/v1/reserves/apply", userAccessToken);

                public Task<string> CreateLevel(string tenantAccessToken) =>
                    SendAsync(HttpMethod.Post, "/open-apis/vc/v1/room_levels", tenantAccessToken);

                // Nothing tells the kind, and no code calls this method: a person must check it.
                public Task<string> ReserveScope(string accessToken, string scopeId) =>
                    {|FSUAT002:SendAsync|}(HttpMethod.Get, "/open-apis/vc/v1/reserve_configs/reserve_scope?scope_id=" + scopeId, accessToken);
            }
            """);

        [Fact]
        public Task JudgesEachCallerWhenTheHelperFixesTheEndpoint() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Reader
            {
                private readonly HttpClient _http = new HttpClient();

                private Task<HttpResponseMessage> GetLevel(string id, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels/" + id);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return _http.SendAsync(request);
                }

                public Task<HttpResponseMessage> ForUser(string id, string userAccessToken) => {|FSUAT001:GetLevel|}(id, userAccessToken);
                public Task<HttpResponseMessage> ForTenant(string id, string tenantAccessToken) => GetLevel(id, tenantAccessToken);
            }
            """);

        [Fact]
        public Task FollowsSeveralLayersAndReportsOnlyWhereTheKindIsKnown() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Layers
            {
                private readonly HttpClient _http = new HttpClient();

                private Task<HttpResponseMessage> Send(string url, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return _http.SendAsync(request);
                }

                private Task<HttpResponseMessage> Rooms(string token) => Send("https://open.feishu.cn/open-apis/vc/v1/rooms", token);

                private Task<HttpResponseMessage> Middle(string token) => Rooms(token);

                public Task<HttpResponseMessage> Outer(string uat) => {|FSUAT001:Middle|}(uat);
                public Task<HttpResponseMessage> OuterTenant(string tenantToken) => Middle(tenantToken);
            }
            """);

        [Fact]
        public Task ATokenParameterWithNoCallerIsUnknownAtTheSite() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public class Api
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> ListRooms(string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return _http.{|FSUAT002:SendAsync|}(request);
                }
            }
            """);
    }
}
