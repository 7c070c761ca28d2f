using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>
    /// Declarative interface methods that take no token: the kind is declared on the interface (MudFeishu's [Token]),
    /// by the token provider registered for it (WebApiClientCore's [OAuthToken]), by a filter attribute, or by the
    /// getter of the settings the client is made with (Refit).
    /// </summary>
    public sealed class DeclaredTokenKindTests
    {
        private const string OAuthProviders = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading.Tasks;
            using WebApiClientCore.Extensions.OAuths;

            sealed class UserTokenProvider : TokenProvider
            {
                public UserTokenProvider(IServiceProvider services) : base(services) { }

                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider)
                {
                    using var http = new HttpClient();
                    var exchange = await http.PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v2/oauth/token", new { grant_type = "authorization_code", code = "c" });
                    using var json = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync());
                    return new TokenResult { Access_token = json.RootElement.GetProperty("access_token").GetString() };
                }

                protected override Task<TokenResult?> RefreshTokenAsync(IServiceProvider serviceProvider, string refresh_token) => RequestTokenAsync(serviceProvider);
            }

            sealed class TenantTokenProvider : TokenProvider
            {
                public TenantTokenProvider(IServiceProvider services) : base(services) { }

                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider)
                {
                    using var http = new HttpClient();
                    var answer = await http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = "a", app_secret = "s" });
                    using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
                    return new TokenResult { Access_token = json.RootElement.GetProperty("tenant_access_token").GetString() };
                }

                protected override Task<TokenResult?> RefreshTokenAsync(IServiceProvider serviceProvider, string refresh_token) => RequestTokenAsync(serviceProvider);
            }
            """;

        private const string OAuthApis = """
            using System.Threading.Tasks;
            using WebApiClientCore.Attributes;

            [HttpHost("https://open.feishu.cn/"), OAuthToken]
            public interface IRoomsApi
            {
                [HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync(string room_id);

                [HttpPost("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync();

                [HttpGet("/open-apis/vc/v1/reserves/{reserve_id}")]
                Task<string> GetReserveAsync(string reserve_id);
            }

            public interface IOtherRoomsApi
            {
                [OAuthToken, HttpGet("https://open.feishu.cn/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync(string room_id);
            }
            """;

        private static string WithRegistrations(string registrations, string calls) => OAuthProviders + "\n" + OAuthApis.Replace("using System.Threading.Tasks;\nusing WebApiClientCore.Attributes;\n", "") + $$"""

            static class Startup
            {
                public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                {
                    {{registrations}}
                }
            }

            class Rooms
            {
                async Task Run(IRoomsApi rooms, IOtherRoomsApi other)
                {
                    {{calls}}
                }
            }
            """;

        [Fact]
        public Task AUserTokenProviderMakesOAuthTokenCallsUserCalls() => VerifyAsync(WithRegistrations(
            "services.AddHttpApi<IRoomsApi>(); services.AddTokenProvider<IRoomsApi, UserTokenProvider>(); services.AddTokenProvider<IOtherRoomsApi, UserTokenProvider>();",
            """
            await rooms.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await rooms.SearchAsync();
                    await rooms.GetReserveAsync("1");
                    await other.{|FSUAT001:GetRoomAsync|}("omm_1");
            """).Replace("using WebApiClientCore.Extensions.OAuths;", "using WebApiClientCore.Extensions.OAuths;\nusing WebApiClientCore.Attributes;\nusing Microsoft.Extensions.DependencyInjection;"));

        [Fact]
        public Task ATenantTokenProviderMakesOAuthTokenCallsTenantCalls() => VerifyAsync(WithRegistrations(
            "services.AddTokenProvider<IRoomsApi, TenantTokenProvider>();",
            """
            await rooms.GetRoomAsync("omm_1");
                    await rooms.{|FSUAT003:SearchAsync|}();
                    await other.GetRoomAsync("omm_1");
            """).Replace("using WebApiClientCore.Extensions.OAuths;", "using WebApiClientCore.Extensions.OAuths;\nusing WebApiClientCore.Attributes;\nusing Microsoft.Extensions.DependencyInjection;"));

        [Fact]
        public Task ProvidersThatDisagreeLeaveTheKindUnknown() => VerifyAsync(WithRegistrations(
            "services.AddTokenProvider<IRoomsApi, TenantTokenProvider>(); services.AddTokenProvider<IRoomsApi, UserTokenProvider>(\"user\");",
            """
            await rooms.{|FSUAT002:GetRoomAsync|}("omm_1");
                    await rooms.SearchAsync();
            """).Replace("using WebApiClientCore.Extensions.OAuths;", "using WebApiClientCore.Extensions.OAuths;\nusing WebApiClientCore.Attributes;\nusing Microsoft.Extensions.DependencyInjection;"));

        [Fact]
        public Task WithoutARegisteredProviderNothingIsClaimed() => VerifyAsync(WithRegistrations(
            "services.AddHttpApi<IRoomsApi>();",
            """
            await rooms.GetRoomAsync("omm_1");
                    await rooms.SearchAsync();
            """).Replace("using WebApiClientCore.Extensions.OAuths;", "using WebApiClientCore.Extensions.OAuths;\nusing WebApiClientCore.Attributes;\nusing Microsoft.Extensions.DependencyInjection;"));

        [Fact]
        public Task ADelegateProviderGivesTheKindOfWhatItReturns() => VerifyAsync(WithRegistrations(
            """
            services.AddTokenProvider<IRoomsApi>(async sp => new TokenResult { Access_token = await Session.GetUserAccessTokenAsync() });
                    services.AddTokenProvider<IOtherRoomsApi>(async sp => new TokenResult { Access_token = await Session.GetTenantAccessTokenAsync() });
            """,
            """
            await rooms.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await other.GetRoomAsync("omm_1");
            """).Replace("using WebApiClientCore.Extensions.OAuths;", "using WebApiClientCore.Extensions.OAuths;\nusing WebApiClientCore.Attributes;\nusing Microsoft.Extensions.DependencyInjection;") + """

            static class Session
            {
                public static Task<string> GetUserAccessTokenAsync() => Task.FromResult("");
                public static Task<string> GetTenantAccessTokenAsync() => Task.FromResult("");
            }
            """);

        [Fact]
        public Task CredentialsProvidersGiveTheKindOfTheirEndpoint() => VerifyAsync(WithRegistrations(
            """
            services.AddClientCredentialsTokenProvider<IRoomsApi>(o => o.Endpoint = new Uri("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal"));
                    services.AddPasswordCredentialsTokenProvider<IOtherRoomsApi>(o =>
                    {
                        o.Endpoint = new Uri("https://open.feishu.cn/open-apis/authen/v2/oauth/token");
                    });
            """,
            """
            await rooms.GetRoomAsync("omm_1");
                    await rooms.{|FSUAT003:SearchAsync|}();
                    await other.{|FSUAT001:GetRoomAsync|}("omm_1");
            """).Replace("using WebApiClientCore.Extensions.OAuths;", "using WebApiClientCore.Extensions.OAuths;\nusing WebApiClientCore.Attributes;\nusing Microsoft.Extensions.DependencyInjection;"));
    }
}
