using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>A fix never makes another call wrong: a token the client shares with a user-only call is changed on the one request.</summary>
    public sealed class NoNewFindingTests
    {
        private const string SharedClient = """
            using System.Threading.Tasks;
            using RestSharp;
            using RestSharp.Authenticators;

            namespace Consumer;

            public sealed class RoomDirectory
            {
                private readonly RestClient _client;

                public RoomDirectory(string userAccessToken)
                {
                    _client = new RestClient(new RestClientOptions("https://open.feishu.cn") { Authenticator = new JwtAuthenticator(userAccessToken) });
                }

                public async Task<RestResponse> ListAsync()
                {
                    var request = new RestRequest("/open-apis/vc/v1/rooms", Method.Get);
                    return await _client.ExecuteAsync(request);
                }

                public async Task<RestResponse> SearchAsync(string query)
                {
                    var request = new RestRequest("/open-apis/vc/v1/rooms/search", Method.Post);
                    request.AddJsonBody(new { query });
                    return await _client.ExecuteAsync(request);
                }
            }
            """;

        [Fact]
        public async Task ClientWideAuthenticatorSharedWithRoomSearchIsFixedPerRequest()
        {
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomDirectory.cs", SharedClient) });
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));
            Assert.Single(await runner.OfferedFixesAsync("FSUAT001"));

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            var text = (await runner.TextOfAsync("RoomDirectory.cs")).Replace("\r\n", "\n");
            Assert.Contains("new JwtAuthenticator(userAccessToken) });", text);
            Assert.Contains("        request.Authenticator = new JwtAuthenticator(await FeishuTenantTokenProvider.Shared.GetTokenAsync());\n        return await _client.ExecuteAsync(request);", text);
        }

        [Fact]
        public async Task ClientWideAuthenticatorUsedOnlyForTenantCallsIsChangedOnTheClient()
        {
            var tenantOnly = SharedClient.Replace("/open-apis/vc/v1/rooms/search", "/open-apis/vc/v1/room_levels");
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomDirectory.cs", tenantOnly) });
            Assert.Equal(new[] { "FSUAT001", "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 2);
            var text = await runner.TextOfAsync("RoomDirectory.cs");
            Assert.Contains("new JwtAuthenticator(FeishuTenantTokenProvider.Shared.GetToken())", text);
            Assert.DoesNotContain("request.Authenticator", text);
        }
    
        [Fact]
        public async Task ASharedTokenWithNoPerRequestAlternativeIsLeftAsItIs()
        {
            // The rooms call is an expression body: there is no statement to set the request's own authenticator before.
            var source = SharedClient.Replace("""
                    public async Task<RestResponse> ListAsync()
                    {
                        var request = new RestRequest("/open-apis/vc/v1/rooms", Method.Get);
                        return await _client.ExecuteAsync(request);
                    }
                """.Replace("\r\n", "\n"), """
                    public Task<RestResponse> ListAsync() => _client.ExecuteAsync(new RestRequest("/open-apis/vc/v1/rooms", Method.Get));
                """.Replace("\r\n", "\n"));
            Assert.Contains("public Task<RestResponse> ListAsync() =>", source);
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomDirectory.cs", source) });
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));

            Assert.Empty(await runner.OfferedFixesAsync("FSUAT001"));
            await runner.FixAllAsync();

            Assert.Empty(await runner.CompileErrorsAsync());
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));
        }
    
        [Fact]
        public async Task ATokenInsideAHelperSharedWithAUserOnlyCallIsNotChangedForEveryone()
        {
            const string source = """
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                namespace Consumer;

                public sealed class FeishuClient
                {
                    private readonly HttpClient _http = new HttpClient();
                    private readonly string _userAccessToken;

                    public FeishuClient(string userAccessToken) => _userAccessToken = userAccessToken;

                    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                        return _http.SendAsync(request);
                    }
                }

                public sealed class Rooms
                {
                    private readonly FeishuClient _client = new FeishuClient("u-123");

                    public Task<HttpResponseMessage> ListAsync() =>
                        _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                    public Task<HttpResponseMessage> EndMeetingAsync(string id) =>
                        _client.SendAsync(new HttpRequestMessage(new HttpMethod("PATCH"), "https://open.feishu.cn/open-apis/vc/v1/meetings/" + id + "/end"));
                }
                """;
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Client.cs", source) });
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));
            Assert.Empty(await runner.OfferedFixesAsync("FSUAT001"));

            await runner.FixAllAsync();

            Assert.Empty(await runner.CompileErrorsAsync());
            Assert.Equal(new[] { "FSUAT001" }, (await runner.AnalyzeAsync()).Select(d => d.Id));
        }
    
        [Fact]
        public async Task EachSharedChangeIsJudgedOnItsOwn()
        {
            // Two shared changes in one Fix All: the RestSharp client's would make rooms/search send a tenant token, the
            // team client's harms no call. Only the first falls back to the request; the second is made as planned.
            var teamClient = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.RepositoryPaths.Root, "tests", "FixCorpus", "TeamClient.cs"));
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomDirectory.cs", SharedClient), ("TeamClient.cs", teamClient) });
            Assert.Equal(3, (await runner.AnalyzeAsync()).Count(d => d.Id == "FSUAT001"));

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: 3);
            Assert.Contains("request.Authenticator = new JwtAuthenticator(", await runner.TextOfAsync("RoomDirectory.cs"));
            Assert.Contains("new AuthenticationHeaderValue(\"Bearer\", await FeishuTenantTokenProvider.Shared.GetTokenAsync())", await runner.TextOfAsync("TeamClient.cs"));
        }
    }
}
