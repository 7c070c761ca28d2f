using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Tests.Hardening;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>A Flurl client kept in a field or property with its token set once: every request made from it carries the token.</summary>
    public sealed class FlurlSharedClientTests
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
        public async Task SharedClientTokensAreNotFixableAtTheSend()
        {
            var diagnostics = await HardenedRun.AnalyzeAsync(Source.Replace("{|FSUAT001:", "").Replace("|}", ""), "FSUAT001");
            Assert.Equal(2, diagnostics.Length);
            Assert.All(diagnostics, d => Assert.Equal("false", d.Properties[FixAvailability.Property]));
        }
    }
}
