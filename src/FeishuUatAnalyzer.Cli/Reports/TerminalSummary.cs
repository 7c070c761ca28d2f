using System.Linq;
using FeishuUatAnalyzer.Cli.Model;
using Spectre.Console;

namespace FeishuUatAnalyzer.Cli.Reports
{
    /// <summary>The terminal's summary: findings per rule, per project (with how it was loaded), and every finding.</summary>
    internal static class TerminalSummary
    {
        public static void Write(IAnsiConsole console, ScanResult scan, FindingLevel failOn)
        {
            var projects = new Table().Title("Projects").AddColumns("Repository", "Project", "Loaded as", "Files", "Findings");
            foreach (var repository in scan.Repositories)
            {
                foreach (var project in repository.Projects)
                {
                    projects.AddRow(
                        Markup.Escape(repository.Name),
                        Markup.Escape(project.RelativePath),
                        project.Mode == LoadMode.LooseAfterLoadFailure ? "[yellow]" + Markup.Escape(ReportCounts.ModeText(project)) + "[/]" : Markup.Escape(ReportCounts.ModeText(project)),
                        project.DocumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        project.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            console.Write(projects);
            foreach (var project in scan.Projects.Where(p => p.LoadError != null))
            {
                console.MarkupLineInterpolated($"[yellow]{project.RelativePath}[/] did not load, scanned as loose sources: {project.LoadError}");
            }

            var repositories = new Table().Title("Findings per repository").AddColumns("Repository", "Projects", "Did not load", "Findings", "Levels");
            foreach (var (repository, count, failures, findings) in ReportCounts.PerRepository(scan))
            {
                repositories.AddRow(
                    Markup.Escape(repository.Name),
                    count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    failures.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    findings.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(ReportCounts.LevelCounts(repository.Findings)));
            }

            console.Write(repositories);

            var rules = new Table().Title("Findings per rule").AddColumns("Rule", "Title", "Findings");
            foreach (var (rule, count) in ReportCounts.PerRule(scan))
            {
                rules.AddRow(Markup.Escape(rule.Id), Markup.Escape(rule.Title), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(rules);

            // Compiler-style lines, one per finding and never wrapped, so that they can be grepped and clicked.
            var lines = console.Profile.Out.Writer;
            foreach (var f in scan.Findings)
            {
                lines.WriteLine($"{f.Repository}/{f.RelativePath}({f.Line},{f.Column}): {f.Level.Name()} {f.RuleId}: {f.Message}");
            }

            lines.Flush();

            var total = scan.Findings.Count();
            console.MarkupLineInterpolated($"{total} finding(s) ({ReportCounts.LevelCounts(scan.Findings)}), {ReportCounts.AtOrAbove(scan, failOn)} at or above --fail-on {failOn.Name()}; {scan.Projects.Count()} project(s) in {scan.Elapsed.TotalSeconds:0.0} s.");
        }
    }
}
