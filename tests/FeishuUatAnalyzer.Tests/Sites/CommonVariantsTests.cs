using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>Shapes real code takes around the main ones: factories, separate header objects, caches, Flurl clients.</summary>
    public sealed class CommonVariantsTests
    {
        [Fact]
        public Task RequestBuiltByAHelperMethod() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage CreateRequest(HttpMethod method, string url, string token)
                {
                    var request = new HttpRequestMessage(method, url);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

                Task<HttpResponseMessage> AsUser(string userAccessToken) =>
                    _http.{|FSUAT001:SendAsync|}(CreateRequest(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms", userAccessToken));

                Task<HttpResponseMessage> AsTenant(string tenantAccessToken) =>
                    _http.SendAsync(CreateRequest(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms", tenantAccessToken));
            }
            """);

        [Fact]
        public Task HeaderValueHeldInALocal() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                Task<HttpResponseMessage> Run(HttpClient http, string userAccessToken)
                {
                    var auth = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://open.feishu.cn/open-apis/vc/v1/room_levels/mget");
                    request.Headers.Authorization = auth;
                    return http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """);

        [Fact]
        public Task TokensFromACacheAreJudgedByTheirFactoryOrKey() => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            interface ICache
            {
                Task<string> GetOrCreateAsync(string key, Func<object, Task<string>> factory);
                string Get(string key);
            }

            class C
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly ICache _cache = null!;

                private async Task<string> FetchAsync()
                {
                    var answer = await _http.PostAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", null);
                    return await answer.Content.ReadAsStringAsync();
                }

                async Task<HttpResponseMessage> Cached()
                {
                    var token = await _cache.GetOrCreateAsync("feishu", _ => FetchAsync());
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return await _http.SendAsync(request);
                }

                Task<HttpResponseMessage> ByKey(string userId)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _cache.Get("user_access_token"));
                    return _http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """);

        [Fact]
        public Task TokenProviderInterfaceIsJudgedByItsMethodName() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public interface IFeishuTokens
            {
                Task<string> GetUserAccessTokenAsync(string userId);
                Task<string> GetTenantAccessTokenAsync();
            }

            class C
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly IFeishuTokens _tokens = null!;

                async Task Run(string userId)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/scope_config?scope_type=1");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetUserAccessTokenAsync(userId));
                    await _http.{|FSUAT001:SendAsync|}(request);

                    var second = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/scope_config?scope_type=1");
                    second.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTenantAccessTokenAsync());
                    await _http.SendAsync(second);
                }
            }
            """);
    }
}
