using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Tokens
{
    /// <summary>Where a token came from decides its kind, whatever it is called.</summary>
    public sealed class TokenOriginTests
    {
        [Fact]
        public Task ReportsTokenFromOAuthCodeExchangeParsedWithJsonDocument() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> AfterLoginAsync(string code)
                {
                    var exchange = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v2/oauth/token", new { grant_type = "authorization_code", code });
                    using var json = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync());
                    var token = json.RootElement.GetProperty("access_token").GetString();

                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    var rooms = await _http.{|FSUAT001:SendAsync|}(request);
                    return await rooms.Content.ReadAsStringAsync();
                }
            }
            """);
    }
}
