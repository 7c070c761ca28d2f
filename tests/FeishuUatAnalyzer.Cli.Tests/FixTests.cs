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

            var build = await RunAsync(repo.Root, "dotnet", "build", repo.Solution, "-nologo", "-v:q");
            Assert.True(build.ExitCode == 0, "the fixed solution does not build:\n" + build.Output);
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

        [Fact]
        public async Task The_dry_run_diff_applied_with_git_apply_gives_the_files_fix_writes()
        {
            using var repo = new FixtureRepository().WithSolution();
            using var copy = new FixtureRepository();
            CopyTree(repo.Root, copy.Root);

            var dryRun = await Fsuat.RunAsync(repo.Root, "fix", repo.Solution, "--dry-run");
            Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
            File.WriteAllText(copy.PathOf("fix.diff"), dryRun.Stdout);
            var apply = await RunAsync(copy.Root, "git", "apply", "-p1", "fix.diff");
            Assert.True(apply.ExitCode == 0, "git apply refused the diff:\n" + apply.Output + "\n" + dryRun.Stdout);
            File.Delete(copy.PathOf("fix.diff"));

            var fix = await Fsuat.RunAsync(repo.Root, "fix", repo.Solution);
            Assert.True(fix.ExitCode == 0, fix.ToString());
            Assert.Equal(Sources(repo.Root), Sources(copy.Root));
        }

        private static void CopyTree(string from, string to)
        {
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        private static string Sources(string root) =>
            string.Join("\n", Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
                .OrderBy(f => Path.GetRelativePath(root, f), System.StringComparer.Ordinal)
                .Select(f => "== " + Path.GetRelativePath(root, f) + "\n" + File.ReadAllText(f)));

        private static async Task<(int ExitCode, string Output)> RunAsync(string folder, string program, params string[] arguments)
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output);
        }

        private static string Snapshot(string root) =>
            string.Join("\n", Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => f + ":" + File.ReadAllText(f).GetHashCode()));
    }
}
