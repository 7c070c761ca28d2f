using System.Threading.Tasks;
using FeishuNetSdk;

namespace MeetingRoomSample
{
    /// <summary>FeishuNetSdk (WebApiClientCore) up to 2.2.0: IFeishuUserApi methods take the user token first.</summary>
    public sealed class SdkRooms
    {
        private readonly IFeishuUserApi _userApi;
        private readonly IFeishuTenantApi _tenantApi;

        public SdkRooms(IFeishuUserApi userApi, IFeishuTenantApi tenantApi)
        {
            _userApi = userApi;
            _tenantApi = tenantApi;
        }

        // Wrong: the user overload of GET rooms (removed from the SDK in 2.2.1).
        public async Task<int> CountRoomsAsync(string accessToken)
        {
            var rooms = await _userApi.GetVcV1RoomsAsync(accessToken, page_size: 50); // FSUAT001
            return rooms.Data?.Rooms?.Length ?? 0;
        }

        // Right: the same call on the tenant API, which gets its token from the SDK's provider.
        public async Task<string?> RoomNameAsync(string roomId)
        {
            var room = await _tenantApi.GetVcV1RoomsByRoomIdAsync(roomId);
            return room.Data?.Name;
        }

        // Right: rooms/search stays user-only, and a user token is what it gets.
        public Task<FeishuResponse<RoomsDto>> SearchAsync(string accessToken, string keyword) =>
            _userApi.PostVcV1RoomsSearchAsync(accessToken, new RoomSearchBody { Query = keyword });
    }
}
