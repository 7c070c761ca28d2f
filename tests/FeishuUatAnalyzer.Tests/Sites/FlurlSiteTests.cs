using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    public sealed class FlurlSiteTests
    {
        [Fact]
        public Task ReportsStringChainsEndingInASend() => VerifyAsync("""
            using System.Threading.Tasks;
            using Flurl;
            using Flurl.Http;

            static class RoomLevels
            {
                private const string Base = "https://open.feishu.cn/open-apis/vc/v1";

                public static Task<string> Search(string ids, string userToken) =>
                    $"{Base}/room_levels/search"
                        .SetQueryParam("custom_level_ids", ids)
                        .WithOAuthBearerToken(userToken)
                        .{|FSUAT001:GetStringAsync|}();

                public static Task<IFlurlResponse> Delete(string id, string tenantToken) =>
                    $"{Base}/room_levels/del".WithOAuthBearerToken(tenantToken).PostJsonAsync(new { room_level_id = id });

                public static Task<IFlurlResponse> Update(string id, string uat) =>
                    (Base + "/room_levels/" + id).WithHeader("Authorization", "Bearer " + uat).{|FSUAT001:PatchJsonAsync|}(new { name = "5F" });

                public static Task<string> Segments(string id, string uat) =>
                    Base.AppendPathSegment("rooms").AppendPathSegment(id).WithOAuthBearerToken(uat).{|FSUAT001:GetStringAsync|}();
            }
            """);

        [Fact]
        public Task ReadsUrlInstanceMethodsAndClientRequests() => VerifyAsync("""
            using System.Threading.Tasks;
            using Flurl;
            using Flurl.Http;

            class Rooms
            {
                private readonly FlurlClient _feishu = new FlurlClient("https://open.feishu.cn/open-apis/vc/v1");

                // Url's own AppendPathSegment (an instance method, not an extension): the segment is its first argument.
                Task<string> Room(string id, string uat) =>
                    new Url("https://open.feishu.cn/open-apis/vc/v1").AppendPathSegment("rooms").AppendPathSegment(id).WithOAuthBearerToken(uat).{|FSUAT001:GetStringAsync|}();

                Task<string> Levels(string userAccessToken) =>
                    new Url("https://open.feishu.cn").AppendPathSegments("open-apis", "vc", "v1", "room_levels").WithOAuthBearerToken(userAccessToken).{|FSUAT001:GetStringAsync|}();

                // A client's base URL joined with the segments of Request(...).
                Task<string> List(string userAccessToken) =>
                    _feishu.Request("rooms").WithOAuthBearerToken(userAccessToken).{|FSUAT001:GetStringAsync|}();

                Task<string> ListAsTenant(string tenantAccessToken) =>
                    _feishu.Request("rooms").WithOAuthBearerToken(tenantAccessToken).GetStringAsync();

                // Reserves accept a user token.
                Task<string> Reserve(string id, string userAccessToken) =>
                    _feishu.Request("reserves", id).WithOAuthBearerToken(userAccessToken).GetStringAsync();

                Task<string> LocalClient(string userAccessToken)
                {
                    IFlurlClient client = new FlurlClient("https://open.feishu.cn/open-apis");
                    return client.Request("vc", "v1", "rooms").WithOAuthBearerToken(userAccessToken).{|FSUAT001:GetStringAsync|}();
                }
            }
            """);

        [Fact]
        public Task ReadsAClientsBaseUrlProperty() => VerifyAsync("""
            using System.Threading.Tasks;
            using Flurl.Http;

            class Rooms
            {
                Task<string> Initializer(string userAccessToken)
                {
                    var client = new FlurlClient { BaseUrl = "https://open.feishu.cn/open-apis/vc/v1" };
                    return client.Request("rooms").WithOAuthBearerToken(userAccessToken).{|FSUAT001:GetStringAsync|}();
                }

                Task<string> SetLater(string userAccessToken)
                {
                    IFlurlClient client = new FlurlClient("https://example.com/other");
                    client.BaseUrl = "https://open.feishu.cn/open-apis/vc/v1";
                    return client.Request("room_levels").WithOAuthBearerToken(userAccessToken).{|FSUAT001:GetStringAsync|}();
                }

                Task<string> Tenant(string tenantAccessToken)
                {
                    var client = new FlurlClient { BaseUrl = "https://open.feishu.cn/open-apis/vc/v1" };
                    return client.Request("rooms").WithOAuthBearerToken(tenantAccessToken).GetStringAsync();
                }

                // The property replaces the constructor's URL: here it points at reserves, which take a user token.
                Task<string> Replaced(string userAccessToken)
                {
                    var client = new FlurlClient("https://open.feishu.cn/open-apis/vc/v1/rooms") { BaseUrl = "https://open.feishu.cn/open-apis/vc/v1/reserves" };
                    return client.Request("r1").WithOAuthBearerToken(userAccessToken).GetStringAsync();
                }
            }
            """);
    }
}
