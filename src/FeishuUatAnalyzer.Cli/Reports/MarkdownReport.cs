using System.Linq;
using System.Text;
using FeishuUatAnalyzer.Cli.Model;

namespace FeishuUatAnalyzer.Cli.Reports
{
    /// <summary>`--markdown FILE`: counts per rule, per repository and per project, then every finding.</summary>
    internal static class MarkdownReport
    {
        public static string Write(ScanResult scan)
        {
            var md = new StringBuilder();
            md.AppendLine("# fsuat scan report").AppendLine();
            md.AppendLine($"{scan.Findings.Count()} finding(s) in {scan.Projects.Count()} project(s) of {scan.Repositories.Count} repository(ies).").AppendLine();

            md.AppendLine("## Findings per rule").AppendLine();
            md.AppendLine("| Rule | Title | Findings |").AppendLine("|---|---|---:|");
            foreach (var (rule, count) in ReportCounts.PerRule(scan))
            {
                md.AppendLine($"| [{rule.Id}]({rule.HelpUri}) | {Cell(rule.Title)} | {count} |");
            }

            md.AppendLine().AppendLine("## Findings per repository").AppendLine();
            md.AppendLine("| Repository | Projects | Did not load | Findings |").AppendLine("|---|---:|---:|---:|");
            foreach (var (repository, projects, failures, findings) in ReportCounts.PerRepository(scan))
            {
                md.AppendLine($"| {Cell(repository.Name)} | {projects} | {failures} | {findings} |");
            }

            md.AppendLine().AppendLine("## Projects").AppendLine();
            md.AppendLine("| Repository | Project | Loaded as | Files | Findings |").AppendLine("|---|---|---|---:|---:|");
            foreach (var repository in scan.Repositories)
            {
                foreach (var project in repository.Projects)
                {
                    var mode = ReportCounts.ModeText(project) + (project.LoadError is { } error ? ": " + error : string.Empty);
                    md.AppendLine($"| {Cell(repository.Name)} | `{Cell(project.RelativePath)}` | {Cell(mode)} | {project.DocumentCount} | {project.Findings.Count} |");
                }
            }

            md.AppendLine().AppendLine("## Findings").AppendLine();
            if (!scan.Findings.Any())
            {
                md.AppendLine("None.");
                return md.ToString();
            }

            md.AppendLine("| Repository | Location | Rule | Level | Message |").AppendLine("|---|---|---|---|---|");
            foreach (var f in scan.Findings)
            {
                md.AppendLine($"| {Cell(f.Repository)} | `{Cell(f.RelativePath)}({f.Line},{f.Column})` | {f.RuleId} | {f.Level.Name()} | {Cell(f.Message)} |");
            }

            return md.ToString();
        }

        private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
    }
}
