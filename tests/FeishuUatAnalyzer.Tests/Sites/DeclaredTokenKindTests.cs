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
            using Microsoft.Extensions.DependencyInjection;
            using WebApiClientCore.Attributes;
            using WebApiClientCore.Extensions.OAuths;

            // The overrides are found in a base class of the compilation too.
            abstract class RefreshingProvider : TokenProvider
            {
                protected RefreshingProvider(IServiceProvider services) : base(services) { }

                protected override Task<TokenResult?> RefreshTokenAsync(IServiceProvider serviceProvider, string refresh_token) => RequestTokenAsync(serviceProvider);
            }

            sealed class UserTokenProvider : RefreshingProvider
            {
                public UserTokenProvider(IServiceProvider services) : base(services) { }

                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider)
                {
                    using var http = new HttpClient();
                    var exchange = await http.PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v2/oauth/token", new { grant_type = "authorization_code", code = "c" });
                    using var json = JsonDocument.Parse(await exchange.Content.ReadAsStringAsync());
                    return new TokenResult { Access_token = json.RootElement.GetProperty("access_token").GetString() };
                }
            }

            // The OAuth answer read straight into a TokenResult: the kind of the endpoint it posts to.
            sealed class OAuthAnswerProvider : RefreshingProvider
            {
                public OAuthAnswerProvider(IServiceProvider services) : base(services) { }

                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider)
                {
                    using var http = new HttpClient();
                    var exchange = await http.PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v2/oauth/token", new { grant_type = "authorization_code", code = "c" });
                    return await exchange.Content.ReadFromJsonAsync<TokenResult>();
                }
            }

            sealed class TenantTokenProvider : RefreshingProvider
            {
                public TenantTokenProvider(IServiceProvider services) : base(services) { }

                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider)
                {
                    using var http = new HttpClient();
                    var answer = await http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = "a", app_secret = "s" });
                    using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
                    return new TokenResult { Access_token = json.RootElement.GetProperty("tenant_access_token").GetString() };
                }
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
                public static void Configure(IServiceCollection services)
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
            "services.AddHttpApi<IRoomsApi>(); services.AddTokenProvider<IRoomsApi, UserTokenProvider>(); services.AddTokenProvider<IOtherRoomsApi, OAuthAnswerProvider>();",
            """
            await rooms.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await rooms.SearchAsync();
                    await rooms.GetReserveAsync("1");
                    await other.{|FSUAT001:GetRoomAsync|}("omm_1");
            """));

        [Fact]
        public Task ATenantTokenProviderMakesOAuthTokenCallsTenantCalls() => VerifyAsync(WithRegistrations(
            "services.AddTokenProvider<IRoomsApi, TenantTokenProvider>();",
            """
            await rooms.GetRoomAsync("omm_1");
                    await rooms.{|FSUAT003:SearchAsync|}();
                    await other.GetRoomAsync("omm_1");
            """));

        [Fact]
        public Task ProvidersThatDisagreeLeaveTheKindUnknown() => VerifyAsync(WithRegistrations(
            "services.AddTokenProvider<IRoomsApi, TenantTokenProvider>(); services.AddTokenProvider<IRoomsApi, UserTokenProvider>(\"user\");",
            """
            await rooms.{|FSUAT002:GetRoomAsync|}("omm_1");
                    await rooms.SearchAsync();
            """));

        [Fact]
        public Task WithoutARegisteredProviderNothingIsClaimed() => VerifyAsync(WithRegistrations(
            "services.AddHttpApi<IRoomsApi>();",
            """
            await rooms.GetRoomAsync("omm_1");
                    await rooms.SearchAsync();
            """));

        [Fact]
        public Task ADelegateProviderGivesTheKindOfWhatItReturns() => VerifyAsync(WithRegistrations(
            """
            services.AddTokenProvider<IRoomsApi>(async sp => new TokenResult { Access_token = await Session.GetUserAccessTokenAsync() });
                    services.AddTokenProvider<IOtherRoomsApi>(async sp => new TokenResult { Access_token = await Session.GetTenantAccessTokenAsync() });
            """,
            """
            await rooms.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await other.GetRoomAsync("omm_1");
            """) + """

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
            """));
    
        [Fact]
        public Task AFilterAttributeGivesTheKindOfTheTokenItSets() => VerifyAsync("""
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using WebApiClientCore;
            using WebApiClientCore.Attributes;

            static class Session
            {
                public static string UserAccessToken = "";
                public static string TenantAccessToken = "";
            }

            sealed class UserTokenFilterAttribute : ApiFilterAttribute
            {
                public override Task OnRequestAsync(ApiRequestContext context)
                {
                    context.HttpContext.RequestMessage.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Session.UserAccessToken);
                    return Task.CompletedTask;
                }

                public override Task OnResponseAsync(ApiResponseContext context) => Task.CompletedTask;
            }

            sealed class TenantTokenActionAttribute : ApiActionAttribute
            {
                public override Task OnRequestAsync(ApiRequestContext context)
                {
                    context.HttpContext.RequestMessage.Headers.Add("Authorization", "Bearer " + Session.TenantAccessToken);
                    return Task.CompletedTask;
                }
            }

            [HttpHost("https://open.feishu.cn/"), UserTokenFilter]
            public interface IUserRoomsApi
            {
                [HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync(string room_id);

                [HttpPost("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync();
            }

            [HttpHost("https://open.feishu.cn/")]
            public interface ITenantRoomsApi
            {
                [TenantTokenAction, HttpGet("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync(string room_id);

                [TenantTokenAction, HttpPost("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync();
            }

            class Rooms
            {
                async Task Run(IUserRoomsApi user, ITenantRoomsApi tenant)
                {
                    await user.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await user.SearchAsync();
                    await tenant.GetRoomAsync("omm_1");
                    await tenant.{|FSUAT003:SearchAsync|}();
                }
            }
            """);

        [Fact]
        public Task MudFeishuTokenAttributesNameTheKind() => VerifyAsync("""
            using System.Threading.Tasks;
            using Mud.HttpUtils;
            using Mud.HttpUtils.Attributes;

            [HttpClientApi("https://open.feishu.cn"), Token(TokenTypes.UserAccessToken, Name = "Authorization")]
            public interface IFeishuUserV1Rooms
            {
                [Get("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync([Path] string room_id);

                [Post("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync();

                // The method's own declaration comes first.
                [Token(TokenTypes.TenantAccessToken), Delete("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> DeleteRoomAsync([Path] string room_id);
            }

            [HttpClientApi("https://open.feishu.cn"), Token]
            public interface IFeishuTenantV1Rooms
            {
                [Get("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync([Path] string room_id);

                [Post("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync();
            }

            // A token sent in the query or in another header, not as the bearer: not this analysis's concern.
            [HttpClientApi("https://open.feishu.cn"), Token(TokenTypes.UserAccessToken, InjectionMode = TokenInjectionMode.Query)]
            public interface IQueryTokenRooms
            {
                [Get("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync([Path] string room_id);
            }

            [HttpClientApi("https://open.feishu.cn"), Token(TokenTypes.UserAccessToken, Name = "X-User-Token")]
            public interface IOtherHeaderRooms
            {
                [Get("/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync([Path] string room_id);
            }

            class Rooms
            {
                async Task Run(IFeishuUserV1Rooms user, IFeishuTenantV1Rooms tenant, IQueryTokenRooms query, IOtherHeaderRooms other)
                {
                    await user.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await user.SearchAsync();
                    await user.DeleteRoomAsync("omm_1");
                    await tenant.GetRoomAsync("omm_1");
                    await tenant.{|FSUAT003:SearchAsync|}();
                    await query.GetRoomAsync("omm_1");
                    await other.GetRoomAsync("omm_1");
                }
            }
            """);

        [Fact]
        public Task TheOlderGeneratorsEnumNamesTheKindAndTheInterfaceCalledThroughCounts() => VerifyAsync("""
            using System.Threading.Tasks;
            using Mud.Common.CodeGenerator;

            public interface IRoomsBase
            {
                [Get("https://open.feishu.cn/open-apis/vc/v1/rooms/{room_id}")]
                Task<string> GetRoomAsync(string room_id);
            }

            [Token(FeishuTokenType.UserAccessToken)]
            public interface IUserRooms : IRoomsBase { }

            [Token(FeishuTokenType.Both)]
            public interface IEitherRooms : IRoomsBase { }

            class Rooms
            {
                async Task Run(IUserRooms user, IEitherRooms either, IRoomsBase plain)
                {
                    await user.{|FSUAT001:GetRoomAsync|}("omm_1");
                    await either.GetRoomAsync("omm_1");
                    await plain.GetRoomAsync("omm_1");
                }
            }
            """);

        private const string RefitApi = """
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Refit;

            [Headers("Authorization: Bearer")]
            public interface IRoomsApi
            {
                [Get("/open-apis/vc/v1/rooms/{roomId}")]
                Task<string> GetRoom(string roomId);

                [Post("/open-apis/vc/v1/rooms/search")]
                Task<string> Search();
            }

            public interface IPlainRoomsApi
            {
                [Get("/open-apis/vc/v1/rooms/{roomId}")]
                Task<string> GetRoom(string roomId);
            }

            static class Tokens
            {
                public static Task<string> GetUserAccessTokenAsync() => Task.FromResult("");
                public static Task<string> GetTenantAccessTokenAsync() => Task.FromResult("");
            }
            """;

        [Fact]
        public Task RefitSettingsGetterGivesTheKindOfBearerHeaderCalls() => VerifyAsync(RefitApi + """

            class Rooms
            {
                async Task Run()
                {
                    var rooms = RestService.For<IRoomsApi>("https://open.feishu.cn", new RefitSettings { AuthorizationHeaderValueGetter = (request, ct) => Tokens.GetUserAccessTokenAsync() });
                    await rooms.{|FSUAT001:GetRoom|}("omm_1");
                    await rooms.Search();

                    // No Authorization header declared: the getter is not called.
                    var plain = RestService.For<IPlainRoomsApi>("https://open.feishu.cn", new RefitSettings { AuthorizationHeaderValueGetter = (request, ct) => Tokens.GetUserAccessTokenAsync() });
                    await plain.GetRoom("omm_1");
                }
            }
            """);

        [Fact]
        public Task ATenantGetterInDiSettingsGivesTenantCalls() => VerifyAsync(RefitApi + """

            static class Startup
            {
                static Task<string> TenantToken(HttpRequestMessage request, CancellationToken ct) => Tokens.GetTenantAccessTokenAsync();

                public static void Configure(IServiceCollection services)
                {
                    var settings = new RefitSettings { AuthorizationHeaderValueGetter = TenantToken };
                    services.AddRefitClient<IRoomsApi>(settings);
                }
            }

            class Rooms
            {
                async Task Run(IRoomsApi rooms)
                {
                    await rooms.GetRoom("omm_1");
                    await rooms.{|FSUAT003:Search|}();
                }
            }
            """);

        [Fact]
        public Task RefitClientsMadeWithDisagreeingGettersLeaveTheKindUnknown() => VerifyAsync(RefitApi + """

            static class Startup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddRefitClient<IRoomsApi>(sp => new RefitSettings { AuthorizationHeaderValueGetter = (r, ct) => Tokens.GetTenantAccessTokenAsync() });
                }
            }

            class Rooms
            {
                async Task Run(IRoomsApi injected)
                {
                    var rooms = RestService.For<IRoomsApi>(new HttpClient(), new RefitSettings { AuthorizationHeaderValueGetter = async (r, ct) => await Tokens.GetUserAccessTokenAsync() });
                    await rooms.{|FSUAT002:GetRoom|}("omm_1");
                    await injected.{|FSUAT002:GetRoom|}("omm_1");
                }
            }
            """);
    
        [Fact]
        public Task SettingsMadeElsewhereLeaveTheKindOpen() => VerifyAsync(RefitApi + """

            class Rooms
            {
                async Task Alone(RefitSettings settings)
                {
                    var rooms = RestService.For<IRoomsApi>("https://open.feishu.cn", settings);
                    await rooms.GetRoom("omm_1");
                }
            }

            class OtherRooms
            {
                async Task BesideATenantGetter(IRoomsApi rooms, RefitSettings settings)
                {
                    var tenant = RestService.For<IPlainRoomsApi>("https://open.feishu.cn", new RefitSettings { AuthorizationHeaderValueGetter = (r, ct) => Tokens.GetTenantAccessTokenAsync() });
                    await tenant.GetRoom("omm_1");
                }
            }
            """);

        [Fact]
        public Task SettingsMadeElsewhereBesideAGetterLeaveTheKindUnknown() => VerifyAsync(RefitApi + """

            class Rooms
            {
                async Task Run(RefitSettings settings)
                {
                    var elsewhere = RestService.For<IRoomsApi>("https://open.feishu.cn", settings);
                    var tenant = RestService.For<IRoomsApi>("https://open.feishu.cn", new RefitSettings { AuthorizationHeaderValueGetter = (r, ct) => Tokens.GetTenantAccessTokenAsync() });
                    await tenant.{|FSUAT002:GetRoom|}("omm_1");
                }
            }
            """);
    }
}
