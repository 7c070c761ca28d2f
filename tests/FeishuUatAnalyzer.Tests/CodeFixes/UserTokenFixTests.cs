using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>FSUAT003/FSUAT005 get "Use the user_access_token already in reach", and each fix's title says what it does.</summary>
    public sealed class UserTokenFixTests
    {
        private const string EndMeeting = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Consumer;

            public sealed class Meetings
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> EndAsync(string meetingId, string tenantAccessToken, string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Patch, $"https://open.feishu.cn/open-apis/vc/v1/meetings/{meetingId}/end");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return _http.SendAsync(request);
                }
            }
            """;

        [Fact]
        public async Task TenantTokenOnAUserOnlyEndpointIsReplacedByTheUserTokenInReach()
        {
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Meetings.cs", EndMeeting) });
            Assert.Equal(new[] { "FSUAT005" }, (await runner.AnalyzeAsync()).Select(d => d.Id));
            Assert.Equal(new[] { "Use the user_access_token already in reach (tenantAccessToken is then unused)" }, await TitlesAsync(runner));

            Assert.True(await runner.FixAllAsync("FSUAT005"));

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 1);
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", userAccessToken);", await runner.TextOfAsync("Meetings.cs"));
        }

        [Fact]
        public async Task NoUserTokenInReachMeansNoFix()
        {
            var source = EndMeeting.Replace(", string userAccessToken)", ")");
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Meetings.cs", source) });

            Assert.Empty(await TitlesAsync(runner));
            Assert.False(await runner.FixAllAsync("FSUAT005"));
        }

        [Theory]
        [InlineData(WorkspaceKind.Host, "Use a tenant_access_token from FeishuTenantTokenProvider (added to a new file, FeishuTenantTokenProvider.cs) (userAccessToken is then unused)")]
        [InlineData(WorkspaceKind.MSBuild, "Use a tenant_access_token from FeishuTenantTokenProvider (added to Meetings.cs) (userAccessToken is then unused)")]
        public async Task TheTitleSaysWhereTheProviderGoes(string workspaceKind, string title)
        {
            var source = EndMeeting.Replace("meetings/{meetingId}/end", "rooms/{meetingId}").Replace("tenantAccessToken, string ", "");
            var runner = WorkspaceFixRunner.Create(workspaceKind, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Meetings.cs", source.Replace("\"Bearer\", tenantAccessToken", "\"Bearer\", userAccessToken")) });

            Assert.Equal(new[] { title }, await TitlesAsync(runner));
        }

        private static async Task<string[]> TitlesAsync(WorkspaceFixRunner runner)
        {
            var provider = new UseTenantTokenCodeFixProvider();
            var titles = new List<string>();
            foreach (var diagnostic in await runner.AnalyzeAsync())
            {
                var document = runner.Solution.GetDocument(diagnostic.Location.SourceTree)!;
                var context = new CodeFixContext(document, diagnostic, (action, _) => titles.Add(action.Title), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
            }

            return titles.ToArray();
        }
    
        [Fact]
        public async Task ATokenStillReadElsewhereIsNotCalledUnused()
        {
            var source = EndMeeting.Replace("return _http.SendAsync(request);", "System.Console.WriteLine(tenantAccessToken.Length);\n        return _http.SendAsync(request);");
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Meetings.cs", source) });

            Assert.Equal(new[] { "Use the user_access_token already in reach" }, await TitlesAsync(runner));
        }
    }
}
