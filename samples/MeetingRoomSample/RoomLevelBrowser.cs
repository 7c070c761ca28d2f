using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace MeetingRoomSample
{
    /// <summary>
    /// HttpClient with a BaseAddress and the token put on DefaultRequestHeaders once, in the constructor;
    /// the requests are sent later, from other methods, with relative paths.
    /// </summary>
    public sealed class RoomLevelBrowser
    {
        private readonly HttpClient _client;

        public RoomLevelBrowser(string userAccessToken)
        {
            _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        }

        // Wrong: room_levels accepts only a tenant_access_token.
        public Task<string> ListLevelsAsync(string parentId) =>
            _client.GetStringAsync($"open-apis/vc/v1/room_levels?room_level_id={parentId}&page_size=50"); // FSUAT001

        // Right: the reservations API still accepts a user token.
        public Task<string> GetReserveAsync(string reserveId) =>
            _client.GetStringAsync($"open-apis/vc/v1/reserves/{reserveId}");
    }

    /// <summary>The same shape with the app's token: nothing to report.</summary>
    public sealed class TenantRoomLevels
    {
        private readonly HttpClient _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn") };

        public TenantRoomLevels(string tenantAccessToken)
        {
            _client.DefaultRequestHeaders.Add("Authorization", $"Bearer {tenantAccessToken}");
        }

        public Task<HttpResponseMessage> GetLevelAsync(string roomLevelId) =>
            _client.GetAsync($"/open-apis/vc/v1/room_levels/{roomLevelId}");
    }
}
