using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Hardening
{
    /// <summary>Declared token sources (MudFeishu [Token], [OAuthToken] providers, filters, Refit getters) in code cut anywhere: no analyzer failure.</summary>
    public sealed class DeclaredTokenHardeningTests
    {
        private const string Sample = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Mud.HttpUtils.Attributes;
            using Refit;
            using WebApiClientCore;
            using WebApiClientCore.Attributes;
            using WebApiClientCore.Extensions.OAuths;

            [Mud.HttpUtils.Attributes.Token("UserAccessToken", Name = "Authorization")]
            public interface IMudRooms { [Mud.HttpUtils.Attributes.Get("https://open.feishu.cn/open-apis/vc/v1/rooms/{id}")] Task<string> Get(string id); }

            [HttpHost("https://open.feishu.cn/"), OAuthToken, UserFilter]
            public interface IWebRooms { [HttpGet("/open-apis/vc/v1/rooms/{id}")] Task<string> Get(string id); }

            [Headers("Authorization: Bearer")]
            public interface IRefitRooms { [Refit.Get("/open-apis/vc/v1/rooms/{id}")] Task<string> Get(string id); }

            sealed class UserFilter : ApiFilterAttribute
            {
                public static string UserAccessToken = "";
                public override Task OnRequestAsync(ApiRequestContext context) { context.HttpContext.RequestMessage.Headers.Authorization = new AuthenticationHeaderValue("Bearer", UserAccessToken); return Task.CompletedTask; }
                public override Task OnResponseAsync(ApiResponseContext context) => Task.CompletedTask;
            }

            sealed class Provider : TokenProvider
            {
                public Provider(IServiceProvider s) : base(s) { }
                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider s) => await (await new HttpClient().PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v2/oauth/token", new { })).Content.ReadFromJsonAsync<TokenResult>();
                protected override Task<TokenResult?> RefreshTokenAsync(IServiceProvider s, string refresh_token) => RequestTokenAsync(s);
            }

            static class Startup
            {
                public static void Configure(IServiceCollection services, string userAccessToken)
                {
                    services.AddTokenProvider<IWebRooms, Provider>();
                    services.AddTokenProvider<IWebRooms>(sp => Task.FromResult<TokenResult?>(new TokenResult { Access_token = userAccessToken }));
                    services.AddClientCredentialsTokenProvider<IWebRooms>(o => o.Endpoint = new Uri("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal"));
                    services.AddRefitClient<IRefitRooms>(new RefitSettings { AuthorizationHeaderValueGetter = (r, ct) => Task.FromResult(userAccessToken) });
                }
            }

            class Rooms
            {
                async Task Run(IMudRooms mud, IWebRooms web, IRefitRooms refit)
                {
                    await mud.Get("omm_1");
                    await web.Get("omm_1");
                    await refit.Get("omm_1");
                    await RestService.For<IRefitRooms>("https://open.feishu.cn", new RefitSettings { AuthorizationHeaderValueGetter = (r, ct) => Task.FromResult("") }).Get("omm_1");
                }
            }
            """;

        [Fact]
        public async Task DeclaredSourcesCutAtManyPointsAreAnalyzedWithoutExceptions()
        {
            await HardenedRun.AnalyzeAsync(Sample, HardenedRun.AnyRule);
            foreach (var cut in Enumerable.Range(1, 60).Select(i => Sample.Length * i / 61))
            {
                await HardenedRun.AnalyzeAsync(Sample.Substring(0, cut), HardenedRun.AnyRule);
                await HardenedRun.AnalyzeAsync(Sample.Remove(cut, Math.Min(7, Sample.Length - cut)), HardenedRun.AnyRule);
            }
        }
    }
}
