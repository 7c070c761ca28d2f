// A minimal stand-in for the FeishuNetSdk package as it shipped up to version 2.2.0, when IFeishuUserApi
// still offered user_access_token overloads of the meeting-room endpoints (2.2.1 removed them, except
// rooms/search). Only the members the sample uses; names, routes and parameter order follow that release.
using System.Threading.Tasks;
using WebApiClientCore;
using WebApiClientCore.Attributes;

namespace FeishuNetSdk.Parameters
{
    public sealed class UserAccessToken : IApiParameter
    {
        public UserAccessToken(string access_token) => Value = access_token;
        public string Value { get; }
        public static implicit operator UserAccessToken(string access_token) => new UserAccessToken(access_token);
    }
}

namespace FeishuNetSdk
{
    using FeishuNetSdk.Parameters;

    public sealed class FeishuResponse<T>
    {
        public int Code { get; set; }
        public string? Msg { get; set; }
        public T? Data { get; set; }
    }

    public sealed class RoomsDto { public RoomDto[]? Rooms { get; set; } }
    public sealed class RoomDto { public string? RoomId { get; set; } public string? Name { get; set; } }
    public sealed class RoomSearchBody { public string? Query { get; set; } }

    // Calls made as a user: the user_access_token is the first argument.
    [HttpHost("https://open.feishu.cn/"), JsonReturn]
    public interface IFeishuUserApi : IHttpApi
    {
        [HttpGet("/open-apis/vc/v1/rooms")]
        Task<FeishuResponse<RoomsDto>> GetVcV1RoomsAsync(UserAccessToken access_token, [PathQuery] int? page_size = 10, [PathQuery] string? page_token = null, [PathQuery] string? room_level_id = null, [PathQuery] string? user_id_type = "open_id");

        [HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
        Task<FeishuResponse<RoomDto>> GetVcV1RoomsByRoomIdAsync(UserAccessToken access_token, [PathQuery] string room_id, [PathQuery] string? user_id_type = "open_id");

        [HttpPost("/open-apis/vc/v1/rooms/search")]
        Task<FeishuResponse<RoomsDto>> PostVcV1RoomsSearchAsync(UserAccessToken access_token, [JsonContent] RoomSearchBody dto, [PathQuery] string? user_id_type = "open_id");
    }

    // Calls made as the app in its tenant: the SDK's token provider supplies the tenant_access_token.
    [HttpHost("https://open.feishu.cn/"), JsonReturn, OAuthToken]
    public interface IFeishuTenantApi : IHttpApi
    {
        [HttpGet("/open-apis/vc/v1/rooms")]
        Task<FeishuResponse<RoomsDto>> GetVcV1RoomsAsync([PathQuery] int? page_size = 10, [PathQuery] string? page_token = null, [PathQuery] string? room_level_id = null, [PathQuery] string? user_id_type = "open_id");

        [HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
        Task<FeishuResponse<RoomDto>> GetVcV1RoomsByRoomIdAsync([PathQuery] string room_id, [PathQuery] string? user_id_type = "open_id");
    }
}
