using System;
using System.IO;

namespace FeishuUatAnalyzer.Cli.Tests.Infrastructure
{
    /// <summary>
    /// A repository made in a temp folder for one test (a .git folder marks its root): a .slnx with two projects, one of
    /// which raises FSUAT004 to an error in its own .editorconfig; a project outside it that cannot restore; and, on its
    /// own, a folder with no project. Lines that should get a diagnostic say so with `// expect:`.
    /// </summary>
    internal sealed class FixtureRepository : IDisposable
    {
        private const string Project = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """;

        private const string BrokenProject = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Fsuat.Fixture.PackageThatDoesNotExist" Version="9.9.9" />
              </ItemGroup>
            </Project>
            """;

        private const string RoomsClient = """
            using System.Net.Http.Headers;

            namespace Rooms;

            public sealed class RoomsClient
            {
                private readonly HttpClient _http = new();

                public async Task<string> ListAsync(string userAccessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    using var response = await _http.SendAsync(request); // expect: FSUAT001
                    return await response.Content.ReadAsStringAsync();
                }

                public async Task<string> ScopeConfigAsync(string accessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/scope_config?scope_type=1&scope_id=1");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                    using var response = await _http.SendAsync(request); // expect: FSUAT002
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;

        private const string MeetingsClient = """
            using System.Net.Http.Headers;

            namespace Meetings;

            public sealed class MeetingsClient
            {
                private readonly HttpClient _http = new();

                public async Task<string> RoomSettingsAsync(string roomId, string userAccessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/room_configs/query?scope=4&room_id={roomId}");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    using var response = await _http.SendAsync(request); // expect: FSUAT004
                    return await response.Content.ReadAsStringAsync();
                }

                public async Task<string> MeetingAsync(string meetingId, string userAccessToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/meetings/{meetingId}");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    using var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """;

        private const string LooseCalls = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public static class LevelCalls
            {
                public static Task<HttpResponseMessage> ListLevelsAsync(HttpClient http, string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return http.SendAsync(request); // expect: FSUAT001
                }
            }
            """;

        public FixtureRepository()
        {
            Root = Path.Combine(Path.GetTempPath(), "fsuat-fixture-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(Path.Combine(Root, ".git"));
        }

        public string Root { get; }

        public string Solution => Path.Combine(Root, "Org.slnx");

        /// <summary>The solution with two projects; Meetings raises FSUAT004 to an error in its own .editorconfig.</summary>
        public FixtureRepository WithSolution()
        {
            Write("Org.slnx", "<Solution>\n  <Project Path=\"Rooms/Rooms.csproj\" />\n  <Project Path=\"Meetings/Meetings.csproj\" />\n</Solution>\n");
            Write("Rooms/Rooms.csproj", Project);
            Write("Rooms/RoomsClient.cs", RoomsClient);
            Write("Meetings/Meetings.csproj", Project);
            Write("Meetings/MeetingsClient.cs", MeetingsClient);
            Write("Meetings/.editorconfig", "[*.cs]\ndotnet_diagnostic.FSUAT004.severity = error\n");
            return this;
        }

        /// <summary>A project outside the solution whose PackageReference names a package no registry has.</summary>
        public FixtureRepository WithProjectThatDoesNotRestore()
        {
            Write("Broken/Broken.csproj", BrokenProject);
            Write("Broken/LevelCalls.cs", LooseCalls);
            return this;
        }

        /// <summary>.cs files and no project at all.</summary>
        public FixtureRepository WithFolderWithoutProject(string folder = "scripts")
        {
            Write(folder + "/LevelCalls.cs", LooseCalls);
            return this;
        }

        public string PathOf(string relative) => Path.Combine(Root, relative);

        public void Write(string relative, string content)
        {
            var path = PathOf(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content.Replace("\r\n", "\n") + "\n");
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is the system's to clean.
            }
        }
    }
}
