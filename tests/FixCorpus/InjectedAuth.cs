using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;

namespace FixCorpus.InjectedAuth;

public interface IFeishuAuth
{
    Task<string> GetTenantAccessTokenAsync();

    Task<string> GetUserAccessTokenAsync(string code);
}

// The class already gets tenant tokens from an injected service for some calls.
public sealed class ReserveConfigs
{
    private readonly HttpClient _http;
    private readonly IFeishuAuth _auth;

    public ReserveConfigs(HttpClient http, IFeishuAuth auth)
    {
        _http = http;
        _auth = auth;
    }

    public async Task<string> ScopeAsync(string scopeId, string code)
    {
        var token = await _auth.GetUserAccessTokenAsync(code);
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/reserve_configs/reserve_scope?scope_id={scopeId}&scope_type=2");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await _http.SendAsync(request); // expect: FSUAT001
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<string> FormAsync(string configId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/reserve_configs/{configId}/form?scope_type=2");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _auth.GetTenantAccessTokenAsync());
        var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}

// The class gets its own app token, under a name that says nothing about its kind.
public sealed class RoomLevels
{
    private readonly HttpClient _http = new();
    private readonly string _appId;
    private readonly string _appSecret;

    public RoomLevels(string appId, string appSecret)
    {
        _appId = appId;
        _appSecret = appSecret;
    }

    public async Task<string> ListAsync(string userAccessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        var response = await _http.SendAsync(request); // expect: FSUAT001
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> GetAppTokenAsync()
    {
        var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = _appId, app_secret = _appSecret });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("tenant_access_token").GetString()!;
    }
}
