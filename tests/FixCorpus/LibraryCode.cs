using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace FixCorpus.LibraryCode;

// Library code: every await is ConfigureAwait(false).
public sealed class ScopeConfigClient
{
    private readonly HttpClient _http;

    public ScopeConfigClient(HttpClient http) => _http = http;

    public async Task<string> GetAsync(string scopeId, string userAccessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/scope_config?scope_type=1&scope_id={scopeId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        using var response = await _http.SendAsync(request).ConfigureAwait(false); // expect: FSUAT001
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    public string GetSync(string scopeId, string userAccessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.larksuite.com/open-apis/vc/v1/scope_config?scope_type=2&scope_id={scopeId}");
        request.Headers.Add("Authorization", "Bearer " + userAccessToken);
        using var response = _http.Send(request); // expect: FSUAT001
        return response.StatusCode.ToString();
    }
}
