using FeishuUatAnalyzer.Urls;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Urls
{
    public sealed class UrlResolutionTests
    {
        [Theory]
        [InlineData("https://open.feishu.cn/open-apis/", "vc/v1/rooms", "https://open.feishu.cn/open-apis/vc/v1/rooms")]
        [InlineData("https://open.feishu.cn/open-apis/", "/vc/v1/rooms", "https://open.feishu.cn/vc/v1/rooms")]
        [InlineData("https://open.feishu.cn/open-apis", "vc/v1/rooms", "https://open.feishu.cn/vc/v1/rooms")]
        [InlineData("https://open.feishu.cn", "open-apis/vc/v1/rooms", "https://open.feishu.cn/open-apis/vc/v1/rooms")]
        [InlineData("https://open.feishu.cn/", "/open-apis/vc/v1/rooms", "https://open.feishu.cn/open-apis/vc/v1/rooms")]
        [InlineData("https://open.feishu.cn/x/", "https://open.larksuite.com/open-apis/vc/v1/rooms", "https://open.larksuite.com/open-apis/vc/v1/rooms")]
        public void HttpClientResolvesAsRfc3986(string baseAddress, string relative, string expected) =>
            Assert.Equal(expected, UriResolution.Rfc3986(UrlValue.Text(baseAddress), UrlValue.Text(relative)).Render());

        [Theory]
        [InlineData("https://open.feishu.cn/open-apis", "/vc/v1/room_levels", "https://open.feishu.cn/open-apis/vc/v1/room_levels")]
        [InlineData("https://open.feishu.cn/open-apis/", "vc/v1/room_levels", "https://open.feishu.cn/open-apis/vc/v1/room_levels")]
        [InlineData("https://open.feishu.cn/", "open-apis/vc/v1/rooms", "https://open.feishu.cn/open-apis/vc/v1/rooms")]
        public void RestSharpJoinsWhateverTheSlashes(string baseUrl, string resource, string expected) =>
            Assert.Equal(expected, UriResolution.JoinSegments(UrlValue.Text(baseUrl), UrlValue.Text(resource)).Render());

        [Theory]
        [InlineData("https://open.feishu.cn/open-apis/vc/v1/rooms?page_size=20", "/open-apis/vc/v1/rooms", "open.feishu.cn")]
        [InlineData("https://open.larksuite.com/open-apis/vc/v1/rooms/mget#x", "/open-apis/vc/v1/rooms/mget", "open.larksuite.com")]
        [InlineData("https://proxy.example.com/feishu/open-apis/vc/v1/rooms", "/open-apis/vc/v1/rooms", "proxy.example.com")]
        [InlineData("/open-apis/vc/v1/scope_config", "/open-apis/vc/v1/scope_config", null)]
        [InlineData("open-apis/vc/v1/scope_config", "/open-apis/vc/v1/scope_config", null)]
        public void PathIsTakenFromOpenApisOnAnyHost(string url, string path, string? host)
        {
            var request = RequestPath.FromUrl(UrlValue.Text(url));
            Assert.NotNull(request);
            Assert.Equal(path, request!.Path);
            Assert.Equal(host, request.Host);
        }

        [Theory]
        [InlineData("https://open.feishu.cn/vc/v1/rooms")]
        [InlineData("https://api.example.com/v1/rooms")]
        [InlineData("vc/v1/rooms")]
        public void PathsWithoutOpenApisAreNotFeishu(string url) => Assert.Null(RequestPath.FromUrl(UrlValue.Text(url)));

        [Fact]
        public void AHoleIsAWildcardSegmentAndATrailingSuffixLeavesTheTailOpen()
        {
            var roomId = RequestPath.FromUrl(UrlValue.Text("https://open.feishu.cn/open-apis/vc/v1/rooms/").Concat(UrlValue.Unknown))!;
            Assert.True(roomId.Segments[4].IsWildcard);
            Assert.False(roomId.OpenTail);

            var suffix = RequestPath.FromUrl(UrlValue.Text("https://open.feishu.cn/open-apis/vc/v1/rooms").Concat(UrlValue.Unknown))!;
            Assert.Equal("rooms", suffix.Segments[3].Text);
            Assert.True(suffix.OpenTail);

            var unknownBase = RequestPath.FromUrl(UrlValue.Unknown.Concat(UrlValue.Text("/open-apis/vc/v1/rooms")))!;
            Assert.Equal("/open-apis/vc/v1/rooms", unknownBase.Path);
        }
    }
}
