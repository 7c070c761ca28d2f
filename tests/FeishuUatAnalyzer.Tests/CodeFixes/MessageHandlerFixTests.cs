using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Rules;
using Microsoft.CodeAnalysis;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// A token set by a message handler overwrites whatever the send call's request carries: no rewrite at the call can
    /// fix it, so none is offered (Fixable=false). A named client's default header set in DI is replaced per request.
    /// </summary>
    public sealed class MessageHandlerFixTests
    {
        private const string HandlerSource = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading;
            using System.Threading.Tasks;

            sealed class UserTokenHandler : DelegatingHandler
            {
                private readonly string _userAccessToken;
                public UserTokenHandler(string userAccessToken) => _userAccessToken = userAccessToken;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            class Rooms
            {
                private readonly string _tenantAccessToken = "";

                Task<string> List(string token) =>
                    new HttpClient(new UserTokenHandler(token)).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """;

        [Fact]
        public Task NoFixIsOfferedForAHandlersToken() => VerifyNoFixAsync(HandlerSource);

        [Fact]
        public async Task TheHandlersTokenIsMarkedNotFixable()
        {
            var diagnostics = await DiagnosticPropertiesTests.AnalyzeAsync(HandlerSource.Replace("{|FSUAT001:GetStringAsync|}", "GetStringAsync"));
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("MessageHandler", diagnostic.Properties["TokenShape"]);
            Assert.Equal("false", diagnostic.Properties["Fixable"]);
            Assert.Equal("_userAccessToken", diagnostic.AdditionalLocations[1].SourceTree!.GetText().ToString(diagnostic.AdditionalLocations[1].SourceSpan));
        }

        [Fact]
        public async Task ANamedClientsDefaultHeaderIsReplacedPerRequest()
        {
            const string source = """
                using System;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;
                using Microsoft.Extensions.DependencyInjection;

                namespace Consumer;

                public static class Startup
                {
                    public static void Configure(IServiceCollection services, string userAccessToken) =>
                        services.AddHttpClient("feishu", c =>
                        {
                            c.BaseAddress = new Uri("https://open.feishu.cn/");
                            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        });
                }

                public sealed class Rooms
                {
                    private readonly IHttpClientFactory _factory;
                    public Rooms(IHttpClientFactory factory) => _factory = factory;

                    public Task<string> List() => _factory.CreateClient("feishu").GetStringAsync("open-apis/vc/v1/rooms");
                }
                """;
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Rooms.cs", source) });
            var before = await runner.AnalyzeAsync();
            Assert.Equal("DefaultHeader", Assert.Single(before, d => d.Id == "FSUAT001").Properties["TokenShape"]);

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            Assert.Contains("FeishuTenantTokenProvider", await runner.TextOfAsync("Rooms.cs"));
        }
    }
}
