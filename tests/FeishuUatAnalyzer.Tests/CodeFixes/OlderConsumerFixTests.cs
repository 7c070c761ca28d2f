using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// The fix in the projects teams still have: C# 7.3 on netstandard2.0 and on .NET Framework 4.8 (no System.Text.Json,
    /// no System.Net.Http.Json, no nullable annotations), under dotnet format and in the IDE. Each strategy that needs no
    /// third-party library (a tenant token in reach, the generated provider in async and sync code, a default-header
    /// client sent per request) must leave a project that compiles without a new warning.
    /// </summary>
    public sealed class OlderConsumerFixTests
    {
        private const string Source = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Legacy.Rooms
            {
                public class RoomClient
                {
                    private readonly HttpClient _http = new HttpClient();
                    private readonly HttpClient _shared;

                    public RoomClient(string userAccessToken)
                    {
                        _shared = new HttpClient();
                        _shared.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    }

                    public async Task<string> ListAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }

                    public Task<HttpResponseMessage> LevelSync(string levelId, string user_access_token)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels/" + levelId);
                        request.Headers.Add("Authorization", "Bearer " + user_access_token);
                        return _http.SendAsync(request);
                    }

                    public async Task<string> ScopeAsync(string userAccessToken, string tenantAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/scope_config?scope_type=1&scope_id=1");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }

                    public Task<string> DirectoryAsync() => _shared.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms?page_size=20");

                    public Task<HttpResponseMessage> DeleteAsync(string roomId) => _shared.DeleteAsync("https://open.feishu.cn/open-apis/vc/v1/rooms/" + roomId);
                }
            }
            """;

        [Theory]
        [InlineData("netstandard2.0", WorkspaceKind.MSBuild)]
        [InlineData("netstandard2.0", WorkspaceKind.Host)]
        [InlineData("net48", WorkspaceKind.MSBuild)]
        [InlineData("net48", WorkspaceKind.Host)]
        public async Task CSharp73ProjectsCompileAfterFixAll(string framework, string workspaceKind)
        {
            var references = await ProviderVariantsCompileTests.ReferencesAsync(framework);
            var runner = WorkspaceFixRunner.Create(workspaceKind, references, new[] { ("RoomClient.cs", Source) }, LanguageVersion.CSharp7_3, nullable: false);
            Assert.Empty(await runner.CompileErrorsAsync());
            var warningsBefore = await WarningsAsync(runner);
            Assert.Equal(5, (await runner.AnalyzeAsync()).Count(d => d.Id == "FSUAT001"));

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: workspaceKind == WorkspaceKind.MSBuild ? 1 : 2);
            Assert.Equal(warningsBefore, await WarningsAsync(runner));
            var text = await runner.TextOfAsync("RoomClient.cs");
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", await FeishuTenantTokenProvider.Shared.GetTokenAsync())", text);
            Assert.Contains("\"Bearer \" + FeishuTenantTokenProvider.Shared.GetToken()", text);
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", tenantAccessToken)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.GetStringAsync(_shared, ", text);
        }

        private static async Task<string[]> WarningsAsync(WorkspaceFixRunner runner)
        {
            var compilation = (await runner.Project.GetCompilationAsync())!;
            return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).OrderBy(id => id).ToArray();
        }
    }
}
