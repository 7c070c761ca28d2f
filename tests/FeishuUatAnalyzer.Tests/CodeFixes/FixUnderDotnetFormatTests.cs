using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Fix All as <c>dotnet format analyzers</c> applies it (an MSBuild-kind workspace: the provider is appended to a
    /// file, never added as a new document) and as the IDE applies it, on projects written in each namespace style.
    /// Each run must leave a project that compiles, with no FSUAT001/002/004 left and no new finding.
    /// </summary>
    public sealed class FixUnderDotnetFormatTests
    {
        private const string RoomsFileScoped = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Consumer.Rooms;

            public sealed class RoomClient
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> ListAsync(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;

        private const string LevelsFileScoped = """
            using System.Net.Http;

            namespace Consumer.Levels;

            internal static class LevelReader
            {
                public static HttpResponseMessage Read(HttpClient http, string user_access_token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    request.Headers.Add("Authorization", "Bearer " + user_access_token);
                    return http.Send(request);
                }
            }
            """;

        private const string NoFindings = """
            namespace Consumer;

            public static class Unrelated
            {
                public static int Answer() => 42;
            }
            """;

        [Fact]
        public async Task FileScopedNamespacesUnderDotnetFormatGetTheProviderInTheFirstFixedFile()
        {
            var runner = WorkspaceFixRunner.Create(
                WorkspaceKind.MSBuild,
                await Net80WithStubsAsync(),
                new[] { ("Rooms.cs", RoomsFileScoped), ("Levels.cs", LevelsFileScoped), ("Unrelated.cs", NoFindings) });
            var before = await runner.AnalyzeAsync();
            Assert.Equal(new[] { "FSUAT001", "FSUAT001" }, before.Select(d => d.Id));

            Assert.True(await runner.FixAllAsync());

            await AssertCleanAsync(runner, documents: 3);
            var levels = await runner.TextOfAsync("Levels.cs");
            Assert.Contains("public sealed class FeishuTenantTokenProvider", levels);
            Assert.DoesNotContain("class FeishuTenantTokenProvider", await runner.TextOfAsync("Rooms.cs"));
            Assert.DoesNotContain("namespace Consumer.Levels\n", levels);
            Assert.Contains("await FeishuTenantTokenProvider.Shared.GetTokenAsync()", await runner.TextOfAsync("Rooms.cs"));
            Assert.Contains("using Consumer.Levels;", await runner.TextOfAsync("Rooms.cs"));
            // The types the file's usings cover are written short; the others keep their namespace.
            Assert.Contains("private static readonly HttpClient Http = new HttpClient();", levels);
        }

        [Fact]
        public async Task BlockNamespacesUnderDotnetFormatGetTheProviderInItsOwnBlock()
        {
            var runner = WorkspaceFixRunner.Create(
                WorkspaceKind.MSBuild,
                await Net80WithStubsAsync(),
                new[] { ("Rooms.cs", InBlock(RoomsFileScoped)), ("Unrelated.cs", InBlock(NoFindings)) });

            Assert.True(await runner.FixAllAsync());

            await AssertCleanAsync(runner, documents: 2);
            var rooms = await runner.TextOfAsync("Rooms.cs");
            Assert.Contains("namespace Consumer\n{", rooms.Replace("\r\n", "\n"));
            Assert.Contains("public sealed class FeishuTenantTokenProvider", rooms);
        }

        [Fact]
        public async Task FileScopedNamespacesInTheIdeGetAFileScopedProviderFile()
        {
            var runner = WorkspaceFixRunner.Create(
                WorkspaceKind.Host,
                await Net80WithStubsAsync(),
                new[] { ("Rooms.cs", RoomsFileScoped), ("Levels.cs", LevelsFileScoped) });

            Assert.True(await runner.FixAllAsync());

            await AssertCleanAsync(runner, documents: 3);
            var provider = await runner.TextOfAsync("FeishuTenantTokenProvider.cs");
            Assert.Contains("\nnamespace Consumer;\n", provider.Replace("\r\n", "\n"));
        }

        [Fact]
        public async Task NoFixIsMadeWhereTheProviderHasNoPlace()
        {
            // Under dotnet format, a document that cannot hold the provider (two file-scoped namespaces is a syntax
            // error) must not get call sites that name it.
            var broken = RoomsFileScoped + "\nnamespace Other;\n";
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.MSBuild, await Net80WithStubsAsync(), new[] { ("Rooms.cs", broken) });
            var before = await runner.TextOfAsync("Rooms.cs");

            await runner.FixAllAsync();

            var after = await runner.TextOfAsync("Rooms.cs");
            Assert.True(before == after, after);
        }

        /// <summary>The same file with its file-scoped namespace written as a block.</summary>
        private static string InBlock(string fileScoped) =>
            System.Text.RegularExpressions.Regex.Replace(fileScoped, @"^namespace ([\w.]+);", "namespace $1\n{", System.Text.RegularExpressions.RegexOptions.Multiline) + "\n}\n";

        internal static async Task<MetadataReference[]> Net80WithStubsAsync() =>
            (await TestLibraries.FrameworkAsync()).Add(await TestLibraries.StubsAsync()).ToArray();

        internal static async Task AssertCleanAsync(WorkspaceFixRunner runner, int documents)
        {
            Assert.Empty(await runner.CompileErrorsAsync());
            var after = await runner.AnalyzeAsync();
            Assert.Empty(after);
            Assert.Equal(documents, runner.Project.Documents.Count());
        }
    }
}
