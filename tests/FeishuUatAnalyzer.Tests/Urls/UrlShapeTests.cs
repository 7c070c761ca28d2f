using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Urls
{
    /// <summary>
    /// URLs built by choices (every arm must be the same URL), by UriBuilder (its Path replaces the base's), and with
    /// ASP.NET Core's query helpers (what they add is a query, so the path stays exactly what it was).
    /// </summary>
    public sealed class UrlShapeTests
    {
        private const string Sender = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.WebUtilities;

            public sealed class Rooms
            {
                private const string Base = "https://open.feishu.cn/open-apis/vc/v1/";
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SendAsync(string userAccessToken, bool flag, int kind)
                {
                    var url = URL;
                    var request = new HttpRequestMessage(HttpMethod.Post, url);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return _http.MARKER(request);
                }
            }
            """;

        [Theory]
        [InlineData("flag ? Base + \"rooms\" : \"https://open.feishu.cn/open-apis/vc/v1/rooms\"")]
        [InlineData("kind switch { 0 => Base + \"rooms\", _ => $\"{Base}rooms\" }")]
        [InlineData("new UriBuilder(\"https://open.feishu.cn\") { Path = \"open-apis/vc/v1/rooms\" }.Uri")]
        [InlineData("new UriBuilder(\"https\", \"open.feishu.cn\") { Path = \"/open-apis/vc/v1/rooms\" }.ToString()")]
        [InlineData("QueryHelpers.AddQueryString(Base + \"rooms\", \"user_id_type\", \"open_id\")")]
        [InlineData("Base + \"rooms\" + QueryString.Create(\"user_id_type\", \"open_id\").ToUriComponent()")]
        public Task ReadsTheUrl(string url) =>
            VerifyAsync(Sender.Replace("URL", url).Replace("MARKER", "{|FSUAT001:SendAsync|}"));

        [Theory]
        [InlineData("flag ? Base + \"rooms\" : \"https://open.feishu.cn/open-apis/vc/v1/rooms/search\"")]
        [InlineData("kind switch { 0 => Base + \"rooms\", _ => Base + \"rooms/search\" }")]
        [InlineData("new UriBuilder(\"https://open.feishu.cn/open-apis/vc/v1/rooms\") { Path = \"open-apis/vc/v1/rooms/search\" }.Uri")]
        public Task ArmsThatReachDifferentEndpointsAreNotOneEndpoint(string url) =>
            VerifyAsync(Sender.Replace("URL", url).Replace("MARKER", "SendAsync"));

        [Fact]
        public Task APathSetAfterTheBuilderIsMadeReplacesItsPath() => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SearchAsync(string tenantAccessToken)
                {
                    var builder = new UriBuilder("https://open.feishu.cn/");
                    builder.Path = "open-apis/vc/v1/rooms/search";
                    var request = new HttpRequestMessage(HttpMethod.Post, builder.Uri);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return _http.{|FSUAT003:SendAsync|}(request);
                }
            }
            """);
    }
}
