using System.Threading.Tasks;
using RestSharp;

namespace MeetingRoomSample
{
    /// <summary>RestSharp against a base URL, the bearer header added as a parameter.</summary>
    public sealed class RoomAdmin
    {
        private const string RoomsUrl = "open-apis/vc/v1/rooms";
        private readonly RestClient _client = new RestClient(FeishuAuth.Host);
        private readonly FeishuAuth _auth;

        public RoomAdmin(FeishuAuth auth) => _auth = auth;

        // Wrong: POST rooms (create a room) with the token of the user who clicked the button.
        public RestResponse CreateRoom(string userAccessToken, string name, string roomLevelId)
        {
            var request = new RestRequest(RoomsUrl, Method.Post);
            request.AddParameter("Authorization", $"Bearer {userAccessToken}", ParameterType.HttpHeader);
            request.AddJsonBody(new { name, room_level_id = roomLevelId, capacity = 8 });
            return _client.Execute(request); // FSUAT001
        }

        // Right: PATCH rooms/:room_id with the app's tenant_access_token.
        public async Task<RestResponse> RenameRoomAsync(string roomId, string name)
        {
            var token = await _auth.GetTenantAccessTokenAsync();
            var request = new RestRequest($"{RoomsUrl}/{roomId}", Method.Patch);
            request.AddParameter("Authorization", $"Bearer {token}", ParameterType.HttpHeader);
            request.AddJsonBody(new { name });
            return await _client.ExecuteAsync(request);
        }
    }
}
