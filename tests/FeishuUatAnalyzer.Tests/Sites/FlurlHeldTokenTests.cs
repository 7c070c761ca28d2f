using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Tests.Hardening;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>
    /// A Flurl client or request held in a field, property or variable, its token set once or by a statement of its own: the
    /// requests made from it carry the token, and the fix leaves it to be changed by hand.
    /// </summary>
    public sealed class FlurlHeldTokenTests
    {
        private const string Source = """
            using System.Threading.Tasks;
            using Flurl.Http;

            class Rooms
            {
                private readonly IFlurlClient _user;
                private readonly IFlurlClient _tenant;

                public Rooms(string userAccessToken, string tenantAccessToken)
                {
                    _user = new FlurlClient("https://open.feishu.cn/open-apis/vc/v1").WithOAuthBearerToken(userAccessToken);
                    _tenant = new FlurlClient("https://open.feishu.cn/open-apis/vc/v1").WithHeader("Authorization", "Bearer " + tenantAccessToken);
                }

                private FlurlClient Uat { get; } = new FlurlClient("https://open.feishu.cn/open-apis/vc/v1").WithHeader("Authorization", "Bearer u-123456");

                Task<string> List() => _user.Request("rooms").{|FSUAT001:GetStringAsync|}();

                Task<string> Level(string id) => Uat.Request("room_levels", id).{|FSUAT001:GetStringAsync|}();

                Task<string> ListAsTenant() => _tenant.Request("rooms").GetStringAsync();

                // Reserves accept a user token.
                Task<string> Reserve(string id) => _user.Request("reserves", id).GetStringAsync();
            }
            """;

        [Fact]
        public Task ReadsTheTokenOfAClientHeldInAFieldOrProperty() => VerifyAsync(Source);

        [Fact]
        public Task ReadsHeadersSetByStatementsOfTheirOwn() => VerifyAsync(Statements);

        [Fact]
        public async Task HeadersSetByStatementsAreNotFixableAtTheSend()
        {
            var diagnostics = await HardenedRun.AnalyzeAsync(Statements.Replace("{|FSUAT001:", "").Replace("|}", ""), "FSUAT001");
            Assert.Equal(3, diagnostics.Length);
            Assert.All(diagnostics, d => Assert.Equal("false", d.Properties[FixAvailability.Property]));
        }

        private const string Statements = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Flurl.Http;

            class Rooms
            {
                private readonly FlurlClient _client = new FlurlClient("https://open.feishu.cn/open-apis/vc/v1");

                public Rooms(string userAccessToken) => _client.Headers.Add("Authorization", "Bearer " + userAccessToken);

                Task<string> List() => _client.Request("rooms").{|FSUAT001:GetStringAsync|}();

                Task<IFlurlResponse> Delete(string id, string userAccessToken)
                {
                    var request = new FlurlRequest("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);
                    request.WithOAuthBearerToken(userAccessToken);
                    return request.{|FSUAT001:SendAsync|}(HttpMethod.Delete);
                }

                Task<string> Levels(string uat)
                {
                    var request = new FlurlRequest("https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    request.Headers.Add("Authorization", "Bearer " + uat);
                    return request.{|FSUAT001:GetStringAsync|}();
                }

                Task<string> Tenant(string tenantAccessToken)
                {
                    var request = new FlurlRequest("https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    request.Headers.Add("Authorization", "Bearer " + tenantAccessToken);
                    return request.GetStringAsync();
                }

                Task<string> OtherHeader(string userAccessToken)
                {
                    var request = new FlurlRequest("https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    request.Headers.Add("X-Trace", userAccessToken);
                    return request.GetStringAsync();
                }
            }
            """;

        [Fact]
        public async Task SharedClientTokensAreNotFixableAtTheSend()
        {
            var diagnostics = await HardenedRun.AnalyzeAsync(Source.Replace("{|FSUAT001:", "").Replace("|}", ""), "FSUAT001");
            Assert.Equal(2, diagnostics.Length);
            Assert.All(diagnostics, d => Assert.Equal("false", d.Properties[FixAvailability.Property]));
        }
    }
}
