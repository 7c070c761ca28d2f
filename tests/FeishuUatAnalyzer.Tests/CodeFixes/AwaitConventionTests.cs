using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>Inserted awaits follow the file: ConfigureAwait(false) where its awaits use it; an expression-bodied task method becomes async rather than block.</summary>
    public sealed class AwaitConventionTests
    {
        [Fact]
        public async Task LibraryCodeGetsConfigureAwaitFalseAndExpressionBodiesBecomeAsync()
        {
            const string source = """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;
                using Flurl.Http;

                namespace Consumer;

                public sealed class RoomClient
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<string> ListAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        var response = await _http.SendAsync(request).ConfigureAwait(false);
                        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    }

                    public Task<string> LevelAsync(string levelId, string userAccessToken) =>
                        ("https://open.feishu.cn/open-apis/vc/v1/room_levels/" + levelId).WithOAuthBearerToken(userAccessToken).GetStringAsync();
                }
                """;
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomClient.cs", source) });
            Assert.Equal(2, (await runner.AnalyzeAsync()).Length);

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            var text = (await runner.TextOfAsync("RoomClient.cs")).Replace("\r\n", "\n");
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", await FeishuTenantTokenProvider.Shared.GetTokenAsync().ConfigureAwait(false));", text);
            Assert.Contains("public async Task<string> LevelAsync(string levelId, string userAccessToken) =>\n        await (\"https://open.feishu.cn/open-apis/vc/v1/room_levels/\" + levelId).WithOAuthBearerToken(await FeishuTenantTokenProvider.Shared.GetTokenAsync().ConfigureAwait(false)).GetStringAsync().ConfigureAwait(false);", text);
        }
    }
}
