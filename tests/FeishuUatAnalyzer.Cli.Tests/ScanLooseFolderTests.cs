using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Tests.Infrastructure;
using Xunit;

namespace FeishuUatAnalyzer.Cli.Tests
{
    /// <summary>`fsuat scan` on a folder with no project, and the reports it writes.</summary>
    [Collection(CliCollection.Name)]
    public sealed class ScanLooseFolderTests
    {
        [Fact]
        public async Task A_folder_without_a_project_is_scanned_as_loose_sources_and_said_so()
        {
            using var repo = new FixtureRepository().WithFolderWithoutProject();
            var sarifPath = repo.PathOf("out/fsuat.sarif");

            var run = await Fsuat.RunAsync(repo.Root, "scan", repo.Root, "--sarif", sarifPath, "--format", "json");

            Assert.True(run.ExitCode == 1, "FSUAT001 is an error by default\n" + run);
            Assert.Equal(Expectations.In(repo.Root), Sarif.Load(sarifPath).Results());
            var project = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("repositories")[0].GetProperty("projects").EnumerateArray().Single();
            Assert.Equal("LooseFolder", project.GetProperty("mode").GetString());
            Assert.Equal(1, project.GetProperty("documents").GetInt32());
        }

        [Fact]
        public async Task Markdown_and_html_reports_name_every_finding_and_the_html_needs_nothing_from_outside()
        {
            using var repo = new FixtureRepository().WithFolderWithoutProject();
            var md = repo.PathOf("out/report.md");
            var html = repo.PathOf("out/report.html");

            var run = await Fsuat.RunAsync(repo.Root, "scan", repo.Root, "--markdown", md, "--html", html);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains("loose sources (no project)", run.Stdout);
            var markdown = File.ReadAllText(md);
            var expected = Expectations.In(repo.Root).Single().Split(':'); // path, line, rule
            Assert.Contains($"`{expected[0]}({expected[1]},", markdown);
            Assert.Contains("| FSUAT001 | error |", markdown);
            var page = File.ReadAllText(html);
            Assert.Contains("<svg", page);
            Assert.Contains("data-rule=\"FSUAT001\"", page);
            Assert.Contains("<select id=\"rule\"", page);
            Assert.Contains("<select id=\"repo\"", page);
            Assert.DoesNotContain("src=", page);
            Assert.DoesNotContain("<link", page);
        }
    }
}
