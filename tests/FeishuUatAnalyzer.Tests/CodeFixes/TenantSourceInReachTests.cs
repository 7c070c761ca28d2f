using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Strategy 2 by what the analyzer knows, not by name: a tenant-token source the class already has (its own method,
    /// a method of an injected service, a field) is reused before a provider is generated.
    /// </summary>
    public sealed class TenantSourceInReachTests
    {
        [Fact]
        public async Task OwnMethodThatPostsToTheTenantTokenEndpointIsReusedWhateverItsName()
        {
            const string source = """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Net.Http.Json;
                using System.Text.Json;
                using System.Threading.Tasks;

                namespace Consumer;

                public sealed class RoomService
                {
                    private readonly HttpClient _http = new HttpClient();
                    private readonly string _appId = "";
                    private readonly string _appSecret = "";

                    public async Task<string> ListAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }

                    private async Task<string> GetAppTokenAsync()
                    {
                        var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = _appId, app_secret = _appSecret });
                        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        return json.RootElement.GetProperty("tenant_access_token").GetString()!;
                    }
                }
                """;
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomService.cs", source) });

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 1);
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", await GetAppTokenAsync())", await runner.TextOfAsync("RoomService.cs"));
        }

        [Fact]
        public async Task InjectedServiceTheClassAlreadyUsesIsReused()
        {
            const string source = """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                namespace Consumer;

                public interface IFeishuAuth
                {
                    Task<string> GetTenantAccessTokenAsync();

                    Task<string> GetAppAccessTokenAsync();
                }

                public sealed class RoomService
                {
                    private readonly HttpClient _http;
                    private readonly IFeishuAuth _auth;

                    public RoomService(HttpClient http, IFeishuAuth auth)
                    {
                        _http = http;
                        _auth = auth;
                    }

                    public async Task<string> ListAsync(string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }

                    public async Task<string> LevelsAsync()
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _auth.GetTenantAccessTokenAsync());
                        var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }
                }
                """;
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomService.cs", source) });

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 1);
            var text = await runner.TextOfAsync("RoomService.cs");
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", await _auth.GetTenantAccessTokenAsync());\n        var response = await _http.SendAsync(request);\n        return await response.Content.ReadAsStringAsync();\n    }\n\n    public async Task<string> LevelsAsync()", text.Replace("\r\n", "\n"));
        }
    
        [Fact]
        public async Task TeamTokenNamesFromEditorConfigAreSeenByTheFix()
        {
            var source = RoomService("""
                private readonly string _botCredential;

                public RoomService(string botCredential) => _botCredential = botCredential;
                """);
            const string editorConfig = "root = true\n\n[*.cs]\nfeishu_uat_analyzer.tenant_token_names = _botCredential, botCredential\n";
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomService.cs", source) }, editorConfig: editorConfig);

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 1);
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", _botCredential)", await runner.TextOfAsync("RoomService.cs"));
        }
    
        [Fact]
        public async Task ANameTheAnalyzerDoesNotBelieveIsNotReused()
        {
            // _tenantAccessToken is named like a tenant token but holds whatever the constructor was given: the analyzer
            // calls it unknown, so using it would trade FSUAT001 for FSUAT002.
            var source = RoomService("""
                private readonly string _tenantAccessToken;

                public RoomService(string credential) => _tenantAccessToken = credential;
                """);
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomService.cs", source) });

            Assert.True(await runner.FixAllAsync("FSUAT001"));

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            Assert.DoesNotContain("\"Bearer\", _tenantAccessToken)", await runner.TextOfAsync("RoomService.cs"));
        }
    
        /// <summary>A RoomService whose ListAsync sends its caller's user token to GET rooms, with <paramref name="members"/> added.</summary>
        private static string RoomService(string members) => $$"""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Consumer;

            public sealed class RoomService
            {
                private readonly HttpClient _http = new HttpClient();

            {{string.Join("\n", members.Split('\n').Select(line => line.Length == 0 ? "" : "    " + line))}}

                public async Task<string> ListAsync(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;
    }
}
