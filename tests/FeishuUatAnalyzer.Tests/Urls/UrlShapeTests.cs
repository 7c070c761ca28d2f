using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Urls
{
    /// <summary>
    /// URLs built by choices (reported when every arm's endpoint gives the same rule), by UriBuilder (its Path replaces the base's), and with
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

        /// <summary>Arms that reach different endpoints are one request to any of them: reported when every endpoint gives the same rule.</summary>
        [Theory]
        [InlineData("flag ? Base + \"rooms\" : Base + \"room_levels\"")]
        [InlineData("kind switch { 0 => Base + \"rooms\", 1 => Base + \"room_levels\", _ => Base + \"scope_config\" }")]
        [InlineData("Base + (flag ? \"rooms\" : \"room_levels\")")]
        [InlineData("new Uri(new Uri(Base), flag ? \"rooms\" : \"room_levels\")")]
        [InlineData("(flag ? \"https://open.feishu.cn\" : \"https://open.larksuite.com\") + \"/open-apis/vc/v1/rooms\"")]
        public Task ArmsThatAllReachTenantOnlyEndpointsAreReported(string url) =>
            VerifyAsync(Sender.Replace("URL", url).Replace("MARKER", "{|FSUAT001:SendAsync|}"));

        [Theory]
        [InlineData("flag ? Base + \"rooms\" : \"https://example.com/open-apis/other\"")]
        [InlineData("flag ? Base + \"rooms\" : \"https://open.feishu.cn/open-apis/contact/v3/users/batch_get_id\"")]
        [InlineData("kind switch { 0 => Base + \"rooms\", 1 => Base + \"room_levels\", 2 => Base + \"a\", 3 => Base + \"b\", _ => Base + \"scope_config\" }")]
        public Task ArmsThatDoNotAllAgreeAreNotReported(string url) =>
            VerifyAsync(Sender.Replace("URL", url).Replace("MARKER", "SendAsync"));

        [Fact]
        public Task ArmsWithATenantTokenAreNotReported() =>
            VerifyAsync(Sender.Replace("URL", "flag ? Base + \"rooms\" : Base + \"room_levels\"").Replace("MARKER", "SendAsync").Replace("userAccessToken", "tenantAccessToken"));

        [Fact]
        public Task ALocalAssignedOnTwoPathsIsOneOfTheirUrls() => VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<string> ListAsync(string userAccessToken, bool levels)
                {
                    var url = "https://open.feishu.cn/open-apis/vc/v1/rooms";
                    if (levels)
                    {
                        url = "https://open.feishu.cn/open-apis/vc/v1/room_levels";
                    }

                    _http.DefaultRequestHeaders.Add("Authorization", "Bearer " + userAccessToken);
                    return _http.{|FSUAT001:GetStringAsync|}(url);
                }
            }
            """);

        /// <summary>Text made through an interpolated string handler, a FormattableString or string.Join is the URL it spells.</summary>
        [Theory]
        [InlineData("string.Create(System.Globalization.CultureInfo.InvariantCulture, $\"{Base}rooms\")")]
        [InlineData("FormattableString.Invariant($\"{Base}rooms\")")]
        [InlineData("((FormattableString)$\"{Base}rooms\").ToString(System.Globalization.CultureInfo.InvariantCulture)")]
        [InlineData("System.Runtime.CompilerServices.FormattableStringFactory.Create(\"{0}rooms\", Base).ToString()")]
        [InlineData("string.Join(\"/\", \"https://open.feishu.cn/open-apis\", \"vc/v1\", \"rooms\")")]
        [InlineData("string.Join('/', new[] { \"https://open.feishu.cn/open-apis\", \"vc/v1\", \"rooms\" })")]
        public Task ReadsFormattedText(string url) =>
            VerifyAsync(Sender.Replace("URL", url).Replace("MARKER", "{|FSUAT001:SendAsync|}"));

        [Theory]
        [InlineData("string.Create(System.Globalization.CultureInfo.InvariantCulture, $\"{Base}rooms/search\")")]
        [InlineData("string.Join(\"/\", \"https://open.feishu.cn/open-apis\", \"vc/v1\", \"rooms\", \"search\")")]
        public Task FormattedTextOfAnotherEndpointIsThatEndpoint(string url) =>
            VerifyAsync(Sender.Replace("URL", url).Replace("MARKER", "SendAsync"));

        private const string StringHelpers = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            static class FeishuUrls
            {
                private const string Host = "https://open.feishu.cn";

                public static string OpenApi(this string path) => Host + "/open-apis/" + path.TrimStart('/');
                public static Uri Vc(string resource, string? id = null) => new Uri(id is null ? $"{Host}/open-apis/vc/v1/{resource}" : $"{Host}/open-apis/vc/v1/{resource}/{id}");
                public static string Rooms(bool levels) { if (levels) { return OpenApi("vc/v1/room_levels"); } return OpenApi("vc/v1/rooms"); }
                public static string Loop(string path) => path.Length > 100 ? path : Loop(path + "/");
            }

            sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SendAsync(string userAccessToken, string id, bool levels)
                {
                    var request = new HttpRequestMessage(HttpMethod.VERB, URL);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return _http.MARKER(request);
                }
            }
            """;

        /// <summary>URLs made by the compilation's own string helpers: what the helper returns, with this call's arguments.</summary>
        [Theory]
        [InlineData("Get", "\"vc/v1/rooms\".OpenApi()")]
        [InlineData("Delete", "FeishuUrls.OpenApi($\"/vc/v1/rooms/{id}\")")]
        [InlineData("Get", "FeishuUrls.Vc(\"room_levels\", id)")]
        [InlineData("Get", "FeishuUrls.Vc(\"rooms\")")]
        [InlineData("Get", "FeishuUrls.Rooms(levels)")]
        public Task ReadsTheUrlAStringHelperReturns(string verb, string url) =>
            VerifyAsync(StringHelpers.Replace("VERB", verb).Replace("URL", url).Replace("MARKER", "{|FSUAT001:SendAsync|}"));

        [Theory]
        [InlineData("Post", "\"vc/v1/rooms/search\".OpenApi()")]
        [InlineData("Get", "\"contact/v3/users/me\".OpenApi()")]
        [InlineData("Get", "FeishuUrls.Loop(\"https://open.feishu.cn/open-apis/vc/v1/rooms\")")]
        public Task AStringHelperThatReachesAnotherEndpointOrRecursesIsNotReported(string verb, string url) =>
            VerifyAsync(StringHelpers.Replace("VERB", verb).Replace("URL", url).Replace("MARKER", "SendAsync"));

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
