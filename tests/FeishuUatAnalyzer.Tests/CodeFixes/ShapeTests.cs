using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>Token shapes the other tests leave out, with a tenant token in reach: the token itself is replaced.</summary>
    public sealed class ShapeTests
    {
        [Fact]
        public Task ReplacesTheJwtAuthenticatorArgumentWithATenantLocal() => VerifyAsync("""
            using System.Threading.Tasks;
            using RestSharp;
            using RestSharp.Authenticators;

            class Levels
            {
                Task<RestResponse> Run(string uat, string tenantAccessToken)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("/open-apis/vc/v1/room_levels", Method.Get) { Authenticator = new JwtAuthenticator(uat) };
                    return client.{|FSUAT001:ExecuteAsync|}(request);
                }
            }
            """, """
            using System.Threading.Tasks;
            using RestSharp;
            using RestSharp.Authenticators;

            class Levels
            {
                Task<RestResponse> Run(string uat, string tenantAccessToken)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("/open-apis/vc/v1/room_levels", Method.Get) { Authenticator = new JwtAuthenticator(tenantAccessToken) };
                    return client.ExecuteAsync(request);
                }
            }
            """);

        [Fact]
        public Task ReplacesTheTokenInAFlurlAuthorizationHeader() => VerifyAsync("""
            using System.Threading.Tasks;
            using Flurl.Http;

            class Levels
            {
                private string _tenantToken = "";

                Task<IFlurlResponse> Update(string id, string userToken) =>
                    ("https://open.feishu.cn/open-apis/vc/v1/room_levels/" + id).WithHeader("Authorization", "Bearer " + userToken).{|FSUAT001:PatchJsonAsync|}(new { name = "5F" });
            }
            """, """
            using System.Threading.Tasks;
            using Flurl.Http;

            class Levels
            {
                private string _tenantToken = "";

                Task<IFlurlResponse> Update(string id, string userToken) =>
                    ("https://open.feishu.cn/open-apis/vc/v1/room_levels/" + id).WithHeader("Authorization", "Bearer " + _tenantToken).PatchJsonAsync(new { name = "5F" });
            }
            """);
    }
}
