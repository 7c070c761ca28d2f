using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>The request's Authorization set in its object initializer (seen in public Feishu code), read and fixed.</summary>
    public sealed class ObjectInitializerTests
    {
        [Fact]
        public Task ReportsHeadersSetInTheRequestInitializer() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                Task<HttpResponseMessage> Rooms(HttpClient http, string userAccessToken) =>
                    http.{|FSUAT001:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms")
                    {
                        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken) },
                    });

                Task<HttpResponseMessage> Levels(HttpClient http, string user_access_token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels")
                    {
                        Headers = { { "Authorization", "Bearer " + user_access_token } },
                    };
                    return http.{|FSUAT001:SendAsync|}(request);
                }

                Task<HttpResponseMessage> Tenant(HttpClient http, string tenantAccessToken) =>
                    http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms")
                    {
                        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken) },
                    });
            }
            """);

        [Fact]
        public async Task TheInitializerTokenIsFixed()
        {
            const string source = """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                namespace Consumer;

                public sealed class Rooms
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<string> ListAsync(string userAccessToken)
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms")
                        {
                            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken) },
                        };
                        using var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }
                }
                """;
            var runner = CodeFixes.WorkspaceFixRunner.Create(WorkspaceKind.Host, await CodeFixes.FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Rooms.cs", source) });

            Assert.True(await runner.FixAllAsync());

            await CodeFixes.FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            Assert.Contains("Headers = { Authorization = new AuthenticationHeaderValue(\"Bearer\", await FeishuTenantTokenProvider.Shared.GetTokenAsync()) },", await runner.TextOfAsync("Rooms.cs"));
        }
    }
}
