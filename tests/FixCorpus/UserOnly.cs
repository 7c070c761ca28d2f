using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace FixCorpus.UserOnly;

// Ending a meeting is done as a user; the method has both tokens and sends the wrong one.
public sealed class Meetings
{
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> EndAsync(string meetingId, string tenantAccessToken, string userAccessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"https://open.feishu.cn/open-apis/vc/v1/meetings/{meetingId}/end");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
        return _http.SendAsync(request); // expect: FSUAT005
    }
}
