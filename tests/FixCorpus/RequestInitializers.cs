using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace FixCorpus.RequestInitializers;

// The request's headers written in its object initializer.
public sealed class ReserveScopes
{
    private readonly HttpClient _http = new();

    public Task<HttpResponseMessage> ScopeAsync(string scopeId, string userAccessToken) =>
        _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/reserve_configs/reserve_scope?scope_id={scopeId}&scope_type=1") // expect: FSUAT001
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken) },
        });

    public async Task<string> FormAsync(string configId, string user_access_token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/reserve_configs/{configId}/form?scope_type=2")
        {
            Headers = { { "Authorization", "Bearer " + user_access_token } },
        };
        using var response = await _http.SendAsync(request); // expect: FSUAT001
        return await response.Content.ReadAsStringAsync();
    }
}
