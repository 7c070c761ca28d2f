using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Tokens
{
    /// <summary>Each kind of evidence about a token, positive and negative.</summary>
    public sealed class TokenEvidenceTests
    {
        private const string Head = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Authentication;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;

            class C
            {
                private readonly HttpClient _http = new HttpClient();
                private Task<HttpResponseMessage> Send(string url, string? token) => _http.SendAsync(Make(url, token));
                private static HttpRequestMessage Make(string url, string? token) => new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

            """;

        private static Task Verify(string body) => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Authentication;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;

            class C
            {
                private readonly HttpClient _http = new HttpClient();
                private const string Rooms = "https://open.feishu.cn/open-apis/vc/v1/rooms";

            """ + body + "\n}\n");

        private static string Site(string name, string tokenExpression, bool expected) => $$"""
                Task<HttpResponseMessage> {{name}}()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", {{tokenExpression}});
                    return _http.{{(expected ? "{|FSUAT001:SendAsync|}" : "SendAsync")}}(request);
                }
            """;

        [Fact]
        public Task LiteralPrefixTellsTheKind() => Verify(
            Site("User", "\"u-Lr1RT7S8fS03mT1234\"", true) + Site("Tenant", "\"t-24b5bf4e00b2af1234\"", false));

        [Fact]
        public Task ConfigurationAndEnvironmentKeysTellTheKind() => Verify("""
                private readonly IConfiguration _config = null!;
            """ + Site("User", "_config[\"Feishu:UserAccessToken\"]", true)
                + Site("Tenant", "Environment.GetEnvironmentVariable(\"FEISHU_TENANT_ACCESS_TOKEN\")", false)
                + Site("UserEnv", "Environment.GetEnvironmentVariable(\"FEISHU_USER_ACCESS_TOKEN\")", true));

        [Fact]
        public Task SignedInUsersOAuthTokenIsAUserToken() => Verify("""
                private readonly IHttpContextAccessor _accessor = null!;

                async Task<HttpResponseMessage> Run()
                {
                    var accessToken = await _accessor.HttpContext!.GetTokenAsync("access_token");
                    var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                    return await _http.{|FSUAT001:SendAsync|}(request);
                }
            """);

        [Fact]
        public Task NamesAreTheLastEvidence() => Verify("""
                private string _uat = "";
                private string TenantToken { get; set; } = "";
            """ + Site("Field", "_uat", true) + Site("Property", "TenantToken", false));

        [Fact]
        public Task OriginOutweighsTheName() => Verify("""
                private string _userToken = "";

                void Refresh() => _userToken = FetchTenantToken();

                private string FetchTenantToken()
                {
                    var answer = _http.PostAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", null).Result;
                    return answer.Content.ReadAsStringAsync().Result;
                }
            """ + Site("Run", "_userToken", false));

        [Fact]
        public Task AnyPathWithAUserTokenMakesItAUserToken() => Verify("""
                private string _tenantAccessToken = "", _userAccessToken = "";
            """ + Site("Run", "DateTime.Now.Hour > 12 ? _tenantAccessToken : _userAccessToken", true));

        [Fact]
        public Task EveryAssignmentOfAFieldAcrossTheTypeCounts() => Verify("""
                private string _token = "";

                public void SignIn(string userAccessToken) => _token = userAccessToken;
                public void UseApp(string tenantAccessToken) => _token = tenantAccessToken;
            """ + Site("Run", "_token", true));

        [Fact]
        public Task UserTokenEndpointsAreOrigins() => Verify("""
                private async Task<string> GetUserAccessToken(string refreshToken)
                {
                    var answer = await _http.PostAsync("https://open.feishu.cn/open-apis/authen/v1/oidc/refresh_access_token", new StringContent(refreshToken));
                    return await answer.Content.ReadAsStringAsync();
                }

                private async Task<string> GetTenantAccessTokenAsync()
                {
                    var answer = await _http.PostAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", null);
                    return await answer.Content.ReadAsStringAsync();
                }

                async Task<HttpResponseMessage> AsUser(string refresh)
                {
                    var token = await GetUserAccessToken(refresh);
                    var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return await _http.{|FSUAT001:SendAsync|}(request);
                }

                async Task<HttpResponseMessage> AsTenant()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTenantAccessTokenAsync());
                    return await _http.SendAsync(request);
                }
            """);

        [Fact]
        public Task AppTokenFromAccountsClientCredentialsIsNotAUserToken() => Verify("""
                async Task<HttpResponseMessage> Run()
                {
                    var answer = await _http.PostAsync("https://accounts.feishu.cn/oauth/v3/token", new StringContent("grant_type=client_credentials"));
                    var token = await answer.Content.ReadAsStringAsync();
                    var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return await _http.SendAsync(request);
                }
            """);
    }
}
