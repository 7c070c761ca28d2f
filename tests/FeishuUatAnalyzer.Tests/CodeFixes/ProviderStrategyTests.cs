using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>Strategy 3: no tenant token in reach, so FeishuTenantTokenProvider is added and used at the site.</summary>
    public sealed class ProviderStrategyTests
    {
        [Fact]
        public Task AwaitsProviderInAuthenticationHeaderValueInAsyncMethod() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> GetRoomAsync(string roomId, string userAccessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/rooms/{roomId}");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    using var response = await _http.{|FSUAT001:SendAsync|}(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """, """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> GetRoomAsync(string roomId, string userAccessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/rooms/{roomId}");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await FeishuTenantTokenProvider.Shared.GetTokenAsync());
                    using var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """, Provider());

        [Fact]
        public Task UsesSyncGetTokenInSyncContextAndLarkHost() => VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> MgetAsync(string user_access_token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://open.larksuite.com/open-apis/vc/v1/rooms/mget");
                    request.Headers.Add("Authorization", "Bearer " + user_access_token);
                    return _http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """, """
            using System.Net.Http;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> MgetAsync(string user_access_token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://open.larksuite.com/open-apis/vc/v1/rooms/mget");
                    request.Headers.Add("Authorization", "Bearer " + FeishuTenantTokenProvider.Lark.GetToken());
                    return _http.SendAsync(request);
                }
            }
            """, Provider());

        [Fact]
        public Task ReplacesFlurlOAuthBearerTokenAndMakesTheExpressionBodyAsync() => VerifyAsync("""
            using System.Threading.Tasks;
            using Flurl.Http;

            static class Levels
            {
                public static Task<string> SearchAsync(string userToken) =>
                    "https://open.feishu.cn/open-apis/vc/v1/room_levels/search"
                        .WithOAuthBearerToken(userToken)
                        .{|FSUAT001:GetStringAsync|}();
            }
            """, """
            using System.Threading.Tasks;
            using Flurl.Http;

            static class Levels
            {
                public static async Task<string> SearchAsync(string userToken) =>
                    await "https://open.feishu.cn/open-apis/vc/v1/room_levels/search"
                        .WithOAuthBearerToken(await FeishuTenantTokenProvider.Shared.GetTokenAsync())
                        .GetStringAsync();
            }
            """, Provider());

        [Fact]
        public Task ReplacesTheArgumentPassedToAHelper() => VerifyAsync("""
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

                public async Task<string> DeleteRoomAsync(string roomId, string userAccessToken) =>
                    await {|FSUAT001:SendAsync|}(HttpMethod.Delete, $"/open-apis/vc/v1/rooms/{roomId}", userAccessToken);
            }
            """, """
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

                public async Task<string> DeleteRoomAsync(string roomId, string userAccessToken) =>
                    await SendAsync(HttpMethod.Delete, $"/open-apis/vc/v1/rooms/{roomId}", await FeishuTenantTokenProvider.Shared.GetTokenAsync());
            }
            """, Provider());

        [Fact]
        public Task DefaultHeaderClientGetsPerRequestHeaderAndKeepsTheDefault() => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Directory
            {
                private readonly HttpClient _client;

                public Directory(string userAccessToken)
                {
                    _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
                    _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                }

                public Task<string> ListRoomsAsync() =>
                    _client.{|FSUAT001:GetStringAsync|}("open-apis/vc/v1/rooms?page_size=50");

                public Task<HttpResponseMessage> ScopeConfigAsync(string scopeId) =>
                    _client.{|FSUAT001:GetAsync|}("open-apis/vc/v1/scope_config?scope_type=1&scope_id=" + scopeId);

                public Task<HttpResponseMessage> MeetingAsync(string meetingId) =>
                    _client.GetAsync($"open-apis/vc/v1/meetings/{meetingId}");
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Directory
            {
                private readonly HttpClient _client;

                public Directory(string userAccessToken)
                {
                    _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
                    _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                }

                public Task<string> ListRoomsAsync() =>
                    FeishuTenantTokenProvider.Shared.GetStringAsync(_client, "open-apis/vc/v1/rooms?page_size=50");

                public Task<HttpResponseMessage> ScopeConfigAsync(string scopeId) =>
                    FeishuTenantTokenProvider.Shared.SendAsync(_client, HttpMethod.Get, "open-apis/vc/v1/scope_config?scope_type=1&scope_id=" + scopeId);

                public Task<HttpResponseMessage> MeetingAsync(string meetingId) =>
                    _client.GetAsync($"open-apis/vc/v1/meetings/{meetingId}");
            }
            """, Provider());

        [Fact]
        public Task FixAllAddsTheProviderOnceForManyDocuments() => VerifyAsync(
            new[]
            {
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class A
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<HttpResponseMessage> RoomsAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        return await _http.{|FSUAT001:SendAsync|}(request);
                    }
                }
                """,
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class B
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<HttpResponseMessage> LevelsAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        return await _http.{|FSUAT001:SendAsync|}(request);
                    }
                }
                """,
            },
            new[]
            {
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class A
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<HttpResponseMessage> RoomsAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await FeishuTenantTokenProvider.Shared.GetTokenAsync());
                        return await _http.SendAsync(request);
                    }
                }
                """,
                """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class B
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<HttpResponseMessage> LevelsAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await FeishuTenantTokenProvider.Shared.GetTokenAsync());
                        return await _http.SendAsync(request);
                    }
                }
                """,
            },
            Provider(),
            iterations: 2);
    }
}
