using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace MeetingRoomSample
{
    /// <summary>
    /// Beyond the 23 meeting-room endpoints of the notice: every Feishu endpoint accepts a published set of
    /// tokens, and the analyzer checks the rest of them too (FSUAT004, FSUAT005).
    /// </summary>
    public sealed class MeetingControls
    {
        private readonly HttpClient _http;
        private readonly FeishuAuth _auth;

        public MeetingControls(HttpClient http, FeishuAuth auth)
        {
            _http = http;
            _auth = auth;
        }

        // Wrong: the room (device) settings query accepts only a tenant_access_token.
        public async Task<string> RoomSettingsAsync(string roomId, string userAccessToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{FeishuAuth.Host}/open-apis/vc/v1/room_configs/query?scope=4&room_id={roomId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
            using var response = await _http.SendAsync(request); // FSUAT004
            return await response.Content.ReadAsStringAsync();
        }

        // Wrong: ending a meeting is done as a user (its host); a tenant_access_token is refused.
        public async Task<HttpResponseMessage> EndMeetingAsync(string meetingId)
        {
            var token = await _auth.GetTenantAccessTokenAsync();
            var request = new HttpRequestMessage(HttpMethod.Patch, $"{FeishuAuth.Host}/open-apis/vc/v1/meetings/{meetingId}/end");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await _http.SendAsync(request); // FSUAT005
        }

        // Right: meeting details accept either token.
        public async Task<string> MeetingAsync(string meetingId, string userAccessToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{FeishuAuth.Host}/open-apis/vc/v1/meetings/{meetingId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
