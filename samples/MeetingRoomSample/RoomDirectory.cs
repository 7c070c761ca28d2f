using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace MeetingRoomSample
{
    /// <summary>HttpClient with an HttpRequestMessage per call, the bearer header set on the request.</summary>
    public sealed class RoomDirectory
    {
        private readonly HttpClient _http;
        private readonly FeishuAuth _auth;

        public RoomDirectory(HttpClient http, FeishuAuth auth)
        {
            _http = http;
            _auth = auth;
        }

        // Wrong: the signed-in user's token on GET rooms/:room_id, which accepts only a tenant_access_token.
        public async Task<string> GetRoomForUserAsync(string roomId, string userAccessToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{FeishuAuth.Host}/open-apis/vc/v1/rooms/{roomId}?user_id_type=open_id");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
            using var response = await _http.SendAsync(request); // FSUAT001
            return await response.Content.ReadAsStringAsync();
        }

        // Wrong: the token from the OAuth code exchange is a user_access_token.
        public async Task<string> ListRoomsAfterLoginAsync(string code, string redirectUri)
        {
            var token = await _auth.ExchangeCodeAsync(code, redirectUri);
            using var request = new HttpRequestMessage(HttpMethod.Get, FeishuAuth.Host + "/open-apis/vc/v1/rooms?page_size=50");
            request.Headers.Add("Authorization", "Bearer " + token);
            using var response = await _http.SendAsync(request); // FSUAT001
            return await response.Content.ReadAsStringAsync();
        }

        // Right: the app's tenant_access_token on GET rooms.
        public async Task<string> ListRoomsAsync(string roomLevelId)
        {
            var token = await _auth.GetTenantAccessTokenAsync();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{FeishuAuth.Host}/open-apis/vc/v1/rooms?page_size=50&room_level_id={roomLevelId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        // Wrong the other way: rooms/search is in the notice, but it accepts only a user_access_token.
        public async Task<string> SearchRoomsAsync(string keyword)
        {
            var token = await _auth.GetTenantAccessTokenAsync();
            using var request = new HttpRequestMessage(HttpMethod.Post, FeishuAuth.Host + "/open-apis/vc/v1/rooms/search?user_id_type=open_id")
            {
                Content = JsonContent.Create(new { keyword, page_size = 20 }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request); // FSUAT003
            return await response.Content.ReadAsStringAsync();
        }

        // Right: a user token on rooms/search.
        public async Task<string> SearchRoomsAsUserAsync(string keyword, string userAccessToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, FeishuAuth.Host + "/open-apis/vc/v1/rooms/search")
            {
                Content = JsonContent.Create(new { keyword }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
