using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Tests.Infrastructure;
using Xunit;

namespace FeishuUatAnalyzer.Cli.Tests
{
    /// <summary>`fsuat fix` through the shipped Fix All provider.</summary>
    [Collection(CliCollection.Name)]
    public sealed class FixTests
    {
        [Fact]
        public async Task Fix_writes_the_files_leaves_no_fixable_finding_and_the_solution_builds()
        {
            using var repo = new FixtureRepository().WithSolution();

            var fix = await Fsuat.RunAsync(repo.Root, "fix", repo.Solution);

            Assert.True(fix.ExitCode == 0, fix.ToString());
            Assert.Contains("modified Rooms/RoomsClient.cs", fix.Stdout);
            Assert.Contains("modified Meetings/MeetingsClient.cs", fix.Stdout);
            Assert.DoesNotContain("userAccessToken);", File.ReadAllText(repo.PathOf("Meetings/MeetingsClient.cs")).Split("room_configs")[1].Split("MeetingAsync")[0]);

            var scan = await Fsuat.RunAsync(repo.Root, "scan", repo.Solution, "--format", "json", "--fail-on", "none");
            var byRule = JsonDocument.Parse(scan.Stdout).RootElement.GetProperty("byRule");
            Assert.Equal(0, byRule.GetProperty("FSUAT001").GetInt32() + byRule.GetProperty("FSUAT002").GetInt32() + byRule.GetProperty("FSUAT004").GetInt32());

            var build = Process.Start(new ProcessStartInfo("dotnet", new[] { "build", repo.Solution, "-nologo", "-v:q" }) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await build.StandardOutput.ReadToEndAsync();
            await build.WaitForExitAsync();
            Assert.True(build.ExitCode == 0, "the fixed solution does not build:\n" + output);
        }

        [Fact]
        public async Task Dry_run_prints_a_unified_diff_of_the_rules_asked_for_and_writes_nothing()
        {
            using var repo = new FixtureRepository().WithSolution();
            var before = Snapshot(repo.Root);

            var run = await Fsuat.RunAsync(repo.Root, "fix", repo.Root, "--dry-run", "--rules", "FSUAT004");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(before, Snapshot(repo.Root));
            Assert.Contains("--- a/Meetings/MeetingsClient.cs\n+++ b/Meetings/MeetingsClient.cs\n@@ -", run.Stdout);
            Assert.Contains("\n-        request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", userAccessToken);\n+", run.Stdout);
            Assert.DoesNotContain("Rooms/RoomsClient.cs", run.Stdout); // FSUAT001 and FSUAT002 were not asked for
        }

        private static string Snapshot(string root) =>
            string.Join("\n", Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => f + ":" + File.ReadAllText(f).GetHashCode()));
    }
}
