using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>A request built by the caller and completed (token added) and sent by a client class of the team's own.</summary>
    public sealed class TravellingRequestTests
    {
        [Fact]
        public Task TheCallerBuildsTheHelperAddsTheTokenAndSends() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class FeishuClient
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly string _userAccessToken;

                public FeishuClient(string userAccessToken) => _userAccessToken = userAccessToken;

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return _http.SendAsync(request);
                }
            }

            public sealed class Rooms
            {
                private readonly FeishuClient _client = new FeishuClient("u-123");

                public Task<HttpResponseMessage> ListAsync() =>
                    _client.{|FSUAT001:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                public Task<HttpResponseMessage> MeetingAsync(string id) =>
                    _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/" + id));
            }
            """);
    }
}
