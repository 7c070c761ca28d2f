using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Tests.Infrastructure;
using Xunit;

namespace FeishuUatAnalyzer.Cli.Tests
{
    /// <summary>`fsuat scan` on a repository with a two-project solution and a project that does not restore.</summary>
    [Collection(CliCollection.Name)]
    public sealed class ScanSolutionTests
    {
        [Fact]
        public async Task Every_expected_finding_and_no_other_is_in_the_sarif_and_the_broken_project_is_scanned_loose()
        {
            using var repo = new FixtureRepository().WithSolution().WithProjectThatDoesNotRestore();
            var sarifPath = repo.PathOf("out/fsuat.sarif");

            var run = await Fsuat.RunAsync(repo.Root, "scan", repo.Root, "--sarif", sarifPath, "--format", "json");

            Assert.True(run.ExitCode == 2, "a project that did not restore makes the exit code 2\n" + run);
            var sarif = Sarif.Load(sarifPath);
            Assert.Equal(Expectations.In(repo.Root), sarif.Results());
            Assert.Single(sarif.Runs);

            var json = JsonDocument.Parse(run.Stdout).RootElement;
            var projects = json.GetProperty("repositories").EnumerateArray().SelectMany(r => r.GetProperty("projects").EnumerateArray())
                .ToDictionary(p => p.GetProperty("path").GetString()!);
            Assert.Equal(new[] { "Broken/Broken.csproj", "Meetings/Meetings.csproj", "Rooms/Rooms.csproj" }, projects.Keys.OrderBy(k => k));
            Assert.Equal("Project", projects["Rooms/Rooms.csproj"].GetProperty("mode").GetString());
            Assert.Equal("Project", projects["Meetings/Meetings.csproj"].GetProperty("mode").GetString());
            Assert.Equal("LooseAfterLoadFailure", projects["Broken/Broken.csproj"].GetProperty("mode").GetString());
            Assert.Contains("NU1101", projects["Broken/Broken.csproj"].GetProperty("loadError").GetString());
            Assert.Equal(Expectations.In(repo.Root).Count, json.GetProperty("repositories").EnumerateArray().Single().GetProperty("findings").GetInt32());
            Assert.Equal(1, json.GetProperty("byRule").GetProperty("FSUAT004").GetInt32());
            Assert.Equal(2, json.GetProperty("byRule").GetProperty("FSUAT001").GetInt32());
        }

        [Fact]
        public async Task Each_project_s_editorconfig_sets_the_level_and_the_exit_code_follows_fail_on()
        {
            using var repo = new FixtureRepository().WithSolution();
            var first = repo.PathOf("out/first.sarif");
            var second = repo.PathOf("out/second.sarif");

            var errors = await Fsuat.RunAsync(repo.Root, "scan", repo.Solution, "--sarif", first);
            Assert.True(errors.ExitCode == 1, errors.ToString());
            var sarif = Sarif.Load(first);
            Assert.Equal("error", sarif.LevelOf("FSUAT004")); // raised from warning by Meetings/.editorconfig
            Assert.Equal("warning", sarif.LevelOf("FSUAT002"));
            Assert.Equal("error", sarif.LevelOf("FSUAT001"));

            var none = await Fsuat.RunAsync(repo.Root, "scan", repo.Solution, "--fail-on", "none", "--sarif", second);
            Assert.True(none.ExitCode == 0, none.ToString());
            Assert.Equal(File.ReadAllText(first), File.ReadAllText(second)); // the same input gives the same report
        }

        [Fact]
        public async Task Sarif_is_shaped_for_code_scanning_upload()
        {
            using var repo = new FixtureRepository().WithSolution();
            var sarifPath = repo.PathOf("fsuat.sarif");
            await Fsuat.RunAsync(repo.Root, "scan", repo.Root, "--sarif", sarifPath, "--no-restore", "--fail-on", "none");

            var sarif = Sarif.Load(sarifPath);
            Assert.Equal("2.1.0", sarif.Document.RootElement.GetProperty("version").GetString());
            var run = sarif.Runs.Single();
            var driver = run.GetProperty("tool").GetProperty("driver");
            var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
            var declared = new AccessTokenKindAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(i => i).ToList();
            Assert.Equal(declared, ruleIds);
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                Assert.Contains(result.GetProperty("ruleId").GetString(), ruleIds);
                Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
                Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                Assert.False(Path.IsPathRooted(uri), uri);
                Assert.True(File.Exists(Path.Combine(repo.Root, uri)), uri);
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
                Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() > 0);
            }
        }
    }
}
