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
    }
}
