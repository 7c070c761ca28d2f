using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    public sealed class DeclarativeSiteTests
    {
        [Fact]
        public Task ReportsRefitAuthorizeAndHeaderParameters() => VerifyAsync("""
            using System.Threading.Tasks;
            using Refit;

            public interface IRooms
            {
                [Get("/open-apis/vc/v1/rooms/{roomId}")]
                Task<string> GetRoom(string roomId, [Authorize("Bearer")] string accessToken);

                [Post("/open-apis/vc/v1/rooms/search")]
                Task<string> Search([Body] object query, [Authorize("Bearer")] string accessToken);

                [Patch("/open-apis/vc/v1/room_levels/{id}")]
                Task<string> UpdateLevel(string id, [Body] object body, [Header("Authorization")] string authorization);

                [Get("/open-apis/vc/v1/reserves/{id}")]
                Task<string> GetReserve(string id, [Authorize("Bearer")] string accessToken);
            }

            class Session { public string UserAccessToken { get; set; } = ""; public string TenantAccessToken { get; set; } = ""; }

            class Browser
            {
                async Task Run(IRooms rooms, Session s)
                {
                    await rooms.{|FSUAT001:GetRoom|}("omm_1", s.UserAccessToken);
                    await rooms.GetRoom("omm_1", s.TenantAccessToken);
                    await rooms.{|FSUAT001:UpdateLevel|}("omb_1", new { }, "Bearer " + s.UserAccessToken);
                    await rooms.GetReserve("1", s.UserAccessToken);
                    await rooms.Search(new { }, s.UserAccessToken);
                    await rooms.{|FSUAT003:Search|}(new { }, s.TenantAccessToken);
                }
            }
            """);

        [Fact]
        public Task ReadsFeishuNetSdkFromMetadataWithTypedUserTokens() => VerifyAsync("""
            using System.Threading.Tasks;
            using FeishuNetSdk;

            class Admin
            {
                async Task Run(IFeishuUserApi userApi, IFeishuTenantApi tenantApi, string accessToken, string tenantAccessToken)
                {
                    await userApi.{|FSUAT001:GetVcV1RoomsAsync|}(accessToken, page_size: 50);
                    // Typed evidence beats the name: the SDK parameter is a UserAccessToken.
                    await userApi.{|FSUAT001:DeleteVcV1RoomsByRoomIdAsync|}(tenantAccessToken, "omm_1");
                    await tenantApi.GetVcV1RoomsByRoomIdAsync("omm_1");
                    await userApi.PostVcV1RoomsSearchAsync(accessToken, new RoomSearchBody());
                    await userApi.GetAuthenV1UserInfoAsync(accessToken);
                }
            }
            """);

        [Fact]
        public Task RouteParametersAreFilledFromArguments() => VerifyAsync("""
            using System.Threading.Tasks;
            using Refit;

            public interface IRooms
            {
                [Post("/open-apis/vc/v1/rooms/{action}")]
                Task<string> Act(string action, [Authorize("Bearer")] string accessToken);
            }

            class C
            {
                async Task Run(IRooms rooms, string userAccessToken, string anything)
                {
                    await rooms.{|FSUAT001:Act|}("mget", userAccessToken);
                    await rooms.Act("search", userAccessToken);
                    // mget is tenant-only, search user-only: an unknown action is not reported.
                    await rooms.Act(anything, userAccessToken);
                }
            }
            """);
    }
}
