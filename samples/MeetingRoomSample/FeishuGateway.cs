using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace MeetingRoomSample
{
    /// <summary>
    /// One private helper sends every request; its callers choose the endpoint and the token, so the
    /// diagnostics appear on the callers.
    /// </summary>
    public sealed class FeishuGateway
    {
        private readonly HttpClient _http;
        private readonly FeishuAuth _auth;

        public FeishuGateway(HttpClient http, FeishuAuth auth)
        {
            _http = http;
            _auth = auth;
        }

        private async Task<string> SendAsync(HttpMethod method, string path, string token, object? body = null)
        {
            using var request = new HttpRequestMessage(method, FeishuAuth.Host + path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body != null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        // Wrong: POST room_levels/del (tenant-only) with a user token.
        public Task<string> DeleteLevelAsync(string roomLevelId, string userAccessToken) =>
            SendAsync(HttpMethod.Post, "/open-apis/vc/v1/room_levels/del", userAccessToken, new { room_level_id = roomLevelId, delete_child = true }); // FSUAT001

        // Unknown: nothing in the compilation tells what kind of token arrives here (no code calls this method).
        public Task<string> GetScopeConfigAsync(string accessToken, string scopeId) =>
            SendAsync(HttpMethod.Get, "/open-apis/vc/v1/scope_config?scope_type=1&scope_id=" + scopeId, accessToken); // FSUAT002

        // Right: the reservation limits with the app's tenant_access_token.
        public async Task<string> GetReserveScopeAsync(string scopeId)
        {
            var tenantToken = await _auth.GetTenantAccessTokenAsync();
            return await SendAsync(HttpMethod.Get, "/open-apis/vc/v1/reserve_configs/reserve_scope?scope_type=2&scope_id=" + scopeId, tenantToken);
        }

        // Right: booking a room is done as the user, and a user token is accepted there.
        public Task<string> ReserveAsync(string userAccessToken, object reservation) =>
            SendAsync(HttpMethod.Post, "/open-apis/vc/v1/reserves/apply", userAccessToken, reservation);
    }
}
