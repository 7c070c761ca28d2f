using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace MeetingRoomSample
{
    /// <summary>
    /// Where the sample's tokens come from: the app's tenant_access_token (self-built app, cached and refreshed
    /// when less than 30 minutes remain) and a user's user_access_token (OAuth code exchange).
    /// </summary>
    public sealed class FeishuAuth
    {
        public const string Host = "https://open.feishu.cn";

        private readonly HttpClient _http;
        private readonly string _appId;
        private readonly string _appSecret;
        private readonly SemaphoreSlim _lock = new SemaphoreSlim(1, 1);
        private string? _tenantToken;
        private DateTimeOffset _refreshAfter;

        public FeishuAuth(HttpClient http, string appId, string appSecret)
        {
            _http = http;
            _appId = appId;
            _appSecret = appSecret;
        }

        /// <summary>The app's tenant_access_token: POST /open-apis/auth/v3/tenant_access_token/internal.</summary>
        public async Task<string> GetTenantAccessTokenAsync()
        {
            await _lock.WaitAsync();
            try
            {
                if (_tenantToken != null && DateTimeOffset.UtcNow < _refreshAfter)
                {
                    return _tenantToken;
                }

                using var response = await _http.PostAsJsonAsync(Host + "/open-apis/auth/v3/tenant_access_token/internal",
                    new { app_id = _appId, app_secret = _appSecret });
                response.EnsureSuccessStatusCode();
                var answer = await response.Content.ReadFromJsonAsync<TenantTokenAnswer>()
                    ?? throw new InvalidOperationException("Empty answer from tenant_access_token/internal.");
                if (answer.Code != 0)
                {
                    throw new InvalidOperationException($"tenant_access_token/internal failed: {answer.Code} {answer.Msg}");
                }

                _tenantToken = answer.TenantAccessToken;
                _refreshAfter = DateTimeOffset.UtcNow.AddSeconds(answer.Expire - 30 * 60);
                return _tenantToken;
            }
            finally
            {
                _lock.Release();
            }
        }

        /// <summary>Exchanges a login code for the user's token: POST /open-apis/authen/v2/oauth/token.</summary>
        public async Task<string> ExchangeCodeAsync(string code, string redirectUri)
        {
            using var response = await _http.PostAsJsonAsync(Host + "/open-apis/authen/v2/oauth/token", new
            {
                grant_type = "authorization_code",
                client_id = _appId,
                client_secret = _appSecret,
                code,
                redirect_uri = redirectUri,
            });
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<OAuthTokenAnswer>()
                ?? throw new InvalidOperationException("Empty answer from authen/v2/oauth/token.");
            return answer.AccessToken;
        }

        private sealed class TenantTokenAnswer
        {
            [JsonPropertyName("code")] public int Code { get; set; }
            [JsonPropertyName("msg")] public string? Msg { get; set; }
            [JsonPropertyName("tenant_access_token")] public string TenantAccessToken { get; set; } = "";
            [JsonPropertyName("expire")] public int Expire { get; set; }
        }

        private sealed class OAuthTokenAnswer
        {
            [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
            [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
            [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
        }
    }
}
