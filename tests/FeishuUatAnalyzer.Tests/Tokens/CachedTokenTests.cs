using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Tokens
{
    public sealed class CachedTokenTests
    {
        [Fact]
        public Task ATokenCachedInAFieldKeepsItsOrigin() => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public sealed class Auth
            {
                private readonly HttpClient _http = new HttpClient();
                private string? _cache;
                private DateTimeOffset _refreshAfter;

                public async Task<string> GetAppIdentityAsync()
                {
                    if (_cache != null && DateTimeOffset.UtcNow < _refreshAfter)
                    {
                        return _cache;
                    }

                    using var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = "a" });
                    var answer = await response.Content.ReadFromJsonAsync<Answer>() ?? throw new InvalidOperationException("empty");
                    _cache = answer.Token;
                    _refreshAfter = DateTimeOffset.UtcNow.AddSeconds(answer.Expire - 1800);
                    return _cache;
                }

                private sealed class Answer
                {
                    public int Expire { get; set; }
                    public string Token { get; set; } = "";
                }
            }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly Auth _auth = new Auth();

                public async Task<HttpResponseMessage> List()
                {
                    var token = await _auth.GetAppIdentityAsync();
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return await _http.SendAsync(request);
                }

                public async Task<HttpResponseMessage> Search()
                {
                    var token = await _auth.GetAppIdentityAsync();
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://open.feishu.cn/open-apis/vc/v1/rooms/search");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return await _http.{|FSUAT003:SendAsync|}(request);
                }
            }
            """);
    

        [Fact]
        public Task AProviderTypeNameTellsTheKindWhenItsMethodNameDoesNot() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public interface ITenantTokenProvider { Task<string> GetTokenAsync(); }
            public interface IUserTokenStore { Task<string> GetTokenAsync(string userId); }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly ITenantTokenProvider _tenant = null!;
                private readonly IUserTokenStore _users = null!;

                public async Task Run(string userId)
                {
                    var a = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    a.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tenant.GetTokenAsync());
                    await _http.SendAsync(a);
                    var b = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    b.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _users.GetTokenAsync(userId));
                    await _http.{|FSUAT001:SendAsync|}(b);
                }
            }
            """);
    }
}
