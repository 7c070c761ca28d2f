using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// WebClient and HttpWebRequest: the token after a visible "Bearer " is replaced (the fixed code must compile); a
    /// whole header value, and a client header that a user-only call also sends, are left as they are.
    /// </summary>
    public sealed class WebClientFixTests
    {
        [Fact]
        public Task ReplacesTheTokenInAWebClientHeaderWithATenantTokenInReach() => VerifyAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;

            class Rooms
            {
                private string TenantAccessToken { get; } = "";

                string List(string userAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers["Authorization"] = "Bearer " + userAccessToken;
                    return client.{|FSUAT001:DownloadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }
            }
            """, """
            #pragma warning disable SYSLIB0014
            using System.Net;

            class Rooms
            {
                private string TenantAccessToken { get; } = "";

                string List(string userAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers["Authorization"] = "Bearer " + TenantAccessToken;
                    return client.DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }
            }
            """);

        [Fact]
        public Task ReplacesTheTokenOfAnHttpWebRequestWithTheProvider() => VerifyAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;
            using System.Threading.Tasks;

            class Rooms
            {
                async Task<WebResponse> Delete(string roomId, string userAccessToken)
                {
                    var request = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/" + roomId);
                    request.Method = "DELETE";
                    request.Headers.Add(HttpRequestHeader.Authorization, $"Bearer {userAccessToken}");
                    return await request.{|FSUAT001:GetResponseAsync|}();
                }
            }
            """, """
            #pragma warning disable SYSLIB0014
            using System.Net;
            using System.Threading.Tasks;

            class Rooms
            {
                async Task<WebResponse> Delete(string roomId, string userAccessToken)
                {
                    var request = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/" + roomId);
                    request.Method = "DELETE";
                    request.Headers.Add(HttpRequestHeader.Authorization, $"Bearer {await FeishuTenantTokenProvider.Shared.GetTokenAsync()}");
                    return await request.GetResponseAsync();
                }
            }
            """, Provider());

        [Fact]
        public Task NoFixForAWholeHeaderValue() => VerifyNoFixAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;

            class Rooms
            {
                private string TenantAccessToken { get; } = "";

                string List(string userAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers.Set(HttpRequestHeader.Authorization, userAccessToken);
                    return client.{|FSUAT001:DownloadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }
            }
            """);

        private const string SharedClient = """
            #pragma warning disable SYSLIB0014
            using System.Net;

            namespace Consumer;

            public sealed class Rooms
            {
                private readonly WebClient _client = new WebClient { BaseAddress = "https://open.feishu.cn/open-apis/" };

                public Rooms(string userAccessToken) => _client.Headers["Authorization"] = "Bearer " + userAccessToken;

                public string List() => _client.DownloadString("vc/v1/rooms");

                public string Search() => _client.UploadString("vc/v1/rooms/search", "{\"query\":\"5F\"}");
            }
            """;

        [Fact]
        public async Task AClientHeaderThatAlsoSearchesRoomsIsLeftAsItIs()
        {
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Rooms.cs", SharedClient) });
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));

            await runner.FixAllAsync();

            Assert.Empty(await runner.CompileErrorsAsync());
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));
            Assert.Contains("\"Bearer \" + userAccessToken;", await runner.TextOfAsync("Rooms.cs"));
        }

        [Fact]
        public async Task AClientHeaderUsedOnlyForTenantCallsIsChangedOnTheClient()
        {
            var tenantOnly = SharedClient.Replace("vc/v1/rooms/search", "vc/v1/room_levels");
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Rooms.cs", tenantOnly) });
            Assert.Equal(new[] { "FSUAT001", "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            Assert.Contains("_client.Headers[\"Authorization\"] = \"Bearer \" + FeishuTenantTokenProvider.Shared.GetToken();", await runner.TextOfAsync("Rooms.cs"));
        }

        [Fact]
        public Task NoUserTokenIsPutInAWebClientHeader() => VerifyNoFixAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;

            class Rooms
            {
                string Search(string tenantAccessToken, string userAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers["Authorization"] = "Bearer " + tenantAccessToken;
                    return client.{|FSUAT003:UploadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms/search", "{}");
                }
            }
            """);
    }
}
