using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Sites;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tests.Rules;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Determinism
{
    /// <summary>
    /// The token providers and Refit clients are read once per compilation, only when a call declares such a token;
    /// agreeing providers give the same message whatever the order of the files.
    /// </summary>
    public sealed class DeclaredTokenStoreTests
    {
        private const string Apis = """
            using System.Threading.Tasks;
            using Mud.HttpUtils.Attributes;
            using WebApiClientCore.Attributes;

            [HttpHost("https://open.feishu.cn/"), OAuthToken]
            public interface IRoomsApi
            {
                [HttpPost("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync();
            }

            [Token("UserAccessToken")]
            public interface IMudRooms
            {
                [Get("https://open.feishu.cn/open-apis/vc/v1/rooms/{id}")]
                Task<string> GetAsync(string id);
            }

            class Rooms
            {
                Task<string> Mud(IMudRooms rooms) => rooms.GetAsync("omm_1");

                Task<string> Search(IRoomsApi rooms) => rooms.SearchAsync();
            }
            """;

        private const string ClassProvider = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using WebApiClientCore.Extensions.OAuths;

            sealed class TenantProvider : TokenProvider
            {
                public TenantProvider(IServiceProvider services) : base(services) { }

                protected override async Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider) =>
                    await (await new HttpClient().PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = "a" })).Content.ReadFromJsonAsync<TokenResult>();

                protected override Task<TokenResult?> RefreshTokenAsync(IServiceProvider serviceProvider, string refresh_token) => RequestTokenAsync(serviceProvider);
            }

            static class ClassStartup
            {
                public static void Configure(IServiceCollection services) => services.AddTokenProvider<IRoomsApi, TenantProvider>();
            }
            """;

        private const string DelegateProvider = """
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using WebApiClientCore.Extensions.OAuths;

            static class DelegateStartup
            {
                public static string TenantAccessToken = "";

                public static void Configure(IServiceCollection services) =>
                    services.AddTokenProvider<IRoomsApi>(sp => Task.FromResult<TokenResult?>(new TokenResult { Access_token = TenantAccessToken }));
            }
            """;

        [Fact]
        public async Task ProvidersAreReadOnlyForAnOAuthTokenCallAndThenOnce()
        {
            var trees = new[] { CSharpSyntaxTree.ParseText(Apis), CSharpSyntaxTree.ParseText(ClassProvider), CSharpSyntaxTree.ParseText(DelegateProvider) };
            var compilation = CSharpCompilation.Create("T", trees, (await TestLibraries.FrameworkAsync()).Add(await TestLibraries.StubsAsync()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var session = new AnalysisSession(compilation, EndpointCatalogue.Default, TokenNameRules.Default, TokenEndpointCalls.Read);
            var providers = session.Store<WebApiTokenSources.Store>();
            var refit = session.Store<RefitAuthorizationGetters.Store>();

            Assert.Equal("FSUAT001", Assert.Single(RegistrationReadingHandlerTests.Analyze(session, compilation, trees[0], "Mud")).Id);
            Assert.False(providers.IsBuilt);
            Assert.False(refit.IsBuilt);

            Assert.Equal("FSUAT003", Assert.Single(RegistrationReadingHandlerTests.Analyze(session, compilation, trees[0], "Search")).Id);
            Assert.True(providers.IsBuilt);
            Assert.False(refit.IsBuilt);
            var registry = providers.Get(session, CancellationToken.None);
            Assert.Same(registry, providers.Get(session, CancellationToken.None));
            Assert.Equal(2, registry.Single().Value.Count);
        }

        [Fact]
        public async Task AgreeingProvidersGiveTheSameMessageInAnyFileOrder()
        {
            var forward = await DiagnosticPropertiesTests.AnalyzeAsync(Apis, ClassProvider, DelegateProvider);
            var backward = await DiagnosticPropertiesTests.AnalyzeAsync(DelegateProvider, ClassProvider, Apis);
            var search = forward.Single(d => d.Id == "FSUAT003");
            Assert.Equal(search.GetMessage(), backward.Single(d => d.Id == "FSUAT003").GetMessage());
        }
    }
}
