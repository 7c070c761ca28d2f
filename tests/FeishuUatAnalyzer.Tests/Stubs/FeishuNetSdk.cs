// Copied from shared/acceptance/cases/_lib: the FeishuNetSdk 2.2.0 surface the tests call.
// Minimal stand-in for the FeishuNetSdk package as it shipped up to version 2.2.0, when
// IFeishuUserApi still offered user_access_token overloads of the meeting-room endpoints.
// Only the members the cases use; names, routes and parameter order follow that release.
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

    public sealed class RoomsDto { public string[]? Rooms { get; set; } }
    public sealed class RoomDto { public string? RoomId { get; set; } public string? Name { get; set; } }
    public sealed class RoomSearchBody { public string? Query { get; set; } }
    public sealed class RoomLevelBody { public string? Name { get; set; } public string? ParentId { get; set; } }
    public sealed class ReserveScopeDto { public string? ScopeId { get; set; } }
    public sealed class OidcAccessTokenBody { public string? grant_type { get; set; } public string? code { get; set; } }
    public sealed class OidcAccessTokenDto { public string access_token { get; set; } = ""; public string? refresh_token { get; set; } public int expires_in { get; set; } }
    public sealed class UserInfoDto { public string? Name { get; set; } }

    // Calls made with the app's own app_access_token (from a token provider).
    [HttpHost("https://open.feishu.cn/"), JsonReturn, OAuthToken]
    public interface IFeishuAppApi : IHttpApi
    {
        // Exchanges a login code for the user's user_access_token.
        [HttpPost("/open-apis/authen/v1/oidc/access_token")]
        Task<FeishuResponse<OidcAccessTokenDto>> PostAuthenV1OidcAccessTokenAsync([JsonContent] OidcAccessTokenBody dto);
    }

    [HttpHost("https://open.feishu.cn/"), JsonReturn]
    public interface IFeishuUserApi : IHttpApi
    {
        [HttpGet("/open-apis/vc/v1/rooms")]
        Task<FeishuResponse<RoomsDto>> GetVcV1RoomsAsync(UserAccessToken access_token, [PathQuery] int? page_size = 10, [PathQuery] string? page_token = null, [PathQuery] string? room_level_id = null, [PathQuery] string? user_id_type = "open_id");

        [HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
        Task<FeishuResponse<RoomDto>> GetVcV1RoomsByRoomIdAsync(UserAccessToken access_token, [PathQuery] string room_id, [PathQuery] string? user_id_type = "open_id");

        [HttpDelete("/open-apis/vc/v1/rooms/{room_id}")]
        Task<FeishuResponse<object>> DeleteVcV1RoomsByRoomIdAsync(UserAccessToken access_token, [PathQuery] string room_id);

        [HttpPost("/open-apis/vc/v1/room_levels")]
        Task<FeishuResponse<object>> PostVcV1RoomLevelsAsync(UserAccessToken access_token, [JsonContent] RoomLevelBody dto);

        [HttpGet("/open-apis/vc/v1/reserve_configs/reserve_scope")]
        Task<FeishuResponse<ReserveScopeDto>> GetVcV1ReserveConfigsReserveScopeAsync(UserAccessToken access_token, [PathQuery] string scope_id, [PathQuery] int scope_type, [PathQuery] string? user_id_type = "open_id");

        [HttpPost("/open-apis/vc/v1/rooms/search")]
        Task<FeishuResponse<RoomsDto>> PostVcV1RoomsSearchAsync(UserAccessToken access_token, [JsonContent] RoomSearchBody dto, [PathQuery] string? user_id_type = "open_id");

        [HttpGet("/open-apis/authen/v1/user_info")]
        Task<FeishuResponse<UserInfoDto>> GetAuthenV1UserInfoAsync(UserAccessToken access_token);
    }

    [HttpHost("https://open.feishu.cn/"), JsonReturn, OAuthToken]
    public interface IFeishuTenantApi : IHttpApi
    {
        [HttpGet("/open-apis/vc/v1/rooms")]
        Task<FeishuResponse<RoomsDto>> GetVcV1RoomsAsync([PathQuery] int? page_size = 10, [PathQuery] string? page_token = null, [PathQuery] string? room_level_id = null, [PathQuery] string? user_id_type = "open_id");

        [HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
        Task<FeishuResponse<RoomDto>> GetVcV1RoomsByRoomIdAsync([PathQuery] string room_id, [PathQuery] string? user_id_type = "open_id");

        [HttpDelete("/open-apis/vc/v1/rooms/{room_id}")]
        Task<FeishuResponse<object>> DeleteVcV1RoomsByRoomIdAsync([PathQuery] string room_id);

        [HttpPost("/open-apis/vc/v1/room_levels")]
        Task<FeishuResponse<object>> PostVcV1RoomLevelsAsync([JsonContent] RoomLevelBody dto);

        [HttpGet("/open-apis/vc/v1/reserve_configs/reserve_scope")]
        Task<FeishuResponse<ReserveScopeDto>> GetVcV1ReserveConfigsReserveScopeAsync([PathQuery] string scope_id, [PathQuery] int scope_type, [PathQuery] string? user_id_type = "open_id");
    }
}
