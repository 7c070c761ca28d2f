using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Rules;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// A token declared on the interface ([Token], [OAuthToken] and its provider, a filter attribute) or where the
    /// client is made (Refit's getter) serves every call of the interface: no rewrite at one call can change it, so
    /// none is offered (Fixable=false).
    /// </summary>
    public sealed class DeclaredTokenFixTests
    {
        private const string MudSource = """
            using System.Threading.Tasks;
            using Mud.HttpUtils;
            using Mud.HttpUtils.Attributes;

            [HttpClientApi("https://open.feishu.cn"), Token(TokenTypes.UserAccessToken)]
            public interface IFeishuUserV1Rooms
            {
                [Get("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync([Path] string room_id);
            }

            class Rooms
            {
                private readonly string _tenantAccessToken = "";

                Task<string> Get(IFeishuUserV1Rooms rooms) => rooms.{|FSUAT001:GetRoomAsync|}("omm_1");
            }
            """;

        private const string RefitSource = """
            using System.Threading.Tasks;
            using Refit;

            [Headers("Authorization: Bearer")]
            public interface IRoomsApi
            {
                [Get("/open-apis/vc/v1/rooms/{roomId}")]
                Task<string> GetRoom(string roomId);
            }

            class Rooms
            {
                static Task<string> GetAccessTokenAsync() => Task.FromResult("");

                Task<string> Get()
                {
                    var rooms = RestService.For<IRoomsApi>("https://open.feishu.cn", new RefitSettings { AuthorizationHeaderValueGetter = (r, ct) => GetAccessTokenAsync() });
                    return rooms.{|FSUAT002:GetRoom|}("omm_1");
                }
            }
            """;

        [Fact]
        public Task NoFixIsOfferedForADeclaredUserToken() => VerifyNoFixAsync(MudSource);

        [Fact]
        public Task NoFixIsOfferedForAGetterOfUnknownKind() => VerifyNoFixAsync(RefitSource);

        [Fact]
        public async Task DeclaredTokensAreMarkedNotFixable()
        {
            foreach (var source in new[] { MudSource.Replace("{|FSUAT001:GetRoomAsync|}", "GetRoomAsync"), RefitSource.Replace("{|FSUAT002:GetRoom|}", "GetRoom") })
            {
                var diagnostics = await DiagnosticPropertiesTests.AnalyzeAsync(source);
                var diagnostic = Assert.Single(diagnostics);
                Assert.Equal("DeclaredTokenSource", diagnostic.Properties["TokenShape"]);
                Assert.Equal("false", diagnostic.Properties["Fixable"]);
            }
        }
    }
}
