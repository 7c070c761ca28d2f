using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using FeishuUatAnalyzer.Cli.Model;

namespace FeishuUatAnalyzer.Cli.Reports
{
    /// <summary>
    /// `--html FILE`: one self-contained page (inline style, inline script, inline SVG; nothing fetched): a chart of
    /// findings per rule and the findings table with filters by rule and by repository.
    /// </summary>
    internal static class HtmlReport
    {
        private const string Style =
            "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}" +
            "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}" +
            ".error{color:#b00020;font-weight:600}.warning{color:#8a5a00}.note{color:#245}label{margin-right:1.5em}code{font-size:90%}";

        // Hides the rows whose rule or repository is not the one chosen; no library, no network.
        private const string Script =
            "function fsuatFilter(){var r=document.getElementById('rule').value,p=document.getElementById('repo').value,n=0;" +
            "document.querySelectorAll('#findings tbody tr').forEach(function(t){var s=(!r||t.dataset.rule===r)&&(!p||t.dataset.repo===p);" +
            "t.style.display=s?'':'none';if(s)n++;});document.getElementById('shown').textContent=n;}";

        public static string Write(ScanResult scan)
        {
            var findings = scan.Findings.ToList();
            var html = new StringBuilder();
            html.AppendLine("<!DOCTYPE html>");
            html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>fsuat scan report</title>");
            html.AppendLine($"<style>{Style}</style><script>{Script}</script></head><body>");
            html.AppendLine("<h1>fsuat scan report</h1>");
            html.AppendLine($"<p>{findings.Count} finding(s) in {scan.Projects.Count()} project(s) of {scan.Repositories.Count} repository(ies).</p>");
            html.AppendLine(Chart(scan));

            html.AppendLine("<h2>Findings per repository</h2><table id=\"repositories\"><thead><tr><th>Repository</th><th>Projects</th><th>Did not load</th><th>Findings</th></tr></thead><tbody>");
            foreach (var (repository, projects, failures, count) in ReportCounts.PerRepository(scan))
            {
                html.AppendLine($"<tr><td>{E(repository.Name)}</td><td>{projects}</td><td>{failures}</td><td>{count}</td></tr>");
            }

            html.AppendLine("</tbody></table>");
            html.AppendLine("<h2>Projects</h2><table id=\"projects\"><thead><tr><th>Repository</th><th>Project</th><th>Loaded as</th><th>Files</th><th>Findings</th></tr></thead><tbody>");
            foreach (var repository in scan.Repositories)
            {
                foreach (var project in repository.Projects)
                {
                    var mode = ReportCounts.ModeText(project) + (project.LoadError is { } error ? ": " + error : string.Empty);
                    html.AppendLine($"<tr><td>{E(repository.Name)}</td><td><code>{E(project.RelativePath)}</code></td><td>{E(mode)}</td><td>{project.DocumentCount}</td><td>{project.Findings.Count}</td></tr>");
                }
            }

            html.AppendLine("</tbody></table>");
            html.AppendLine("<h2>Findings</h2><p>");
            html.AppendLine(Select("rule", "Rule", scan.Rules.Select(r => r.Id)));
            html.AppendLine(Select("repo", "Repository", scan.Repositories.Select(r => r.Name).Distinct()));
            html.AppendLine($"shown: <span id=\"shown\">{findings.Count}</span></p>");
            html.AppendLine("<table id=\"findings\"><thead><tr><th>Repository</th><th>Location</th><th>Rule</th><th>Level</th><th>Message</th></tr></thead><tbody>");
            foreach (var f in findings)
            {
                html.AppendLine(
                    $"<tr data-rule=\"{E(f.RuleId)}\" data-repo=\"{E(f.Repository)}\"><td>{E(f.Repository)}</td><td><code>{E(f.RelativePath)}({f.Line},{f.Column})</code></td>" +
                    $"<td>{E(f.RuleId)}</td><td class=\"{f.Level.Name()}\">{f.Level.Name()}</td><td>{E(f.Message)}</td></tr>");
            }

            html.AppendLine("</tbody></table></body></html>");
            return html.ToString();
        }

        private static string Chart(ScanResult scan)
        {
            const int barHeight = 22, labelWidth = 90, barWidth = 400;
            var counts = ReportCounts.PerRule(scan);
            var max = Math.Max(1, counts.Max(c => c.Count));
            var svg = new StringBuilder();
            svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Findings per rule\" width=\"{labelWidth + barWidth + 60}\" height=\"{counts.Count * barHeight + 10}\">");
            for (var i = 0; i < counts.Count; i++)
            {
                var (rule, count) = counts[i];
                var y = i * barHeight + 5;
                var width = (int)Math.Round(barWidth * (double)count / max);
                svg.Append($"<text x=\"0\" y=\"{y + 15}\" font-size=\"13\">{E(rule.Id)}</text>");
                svg.Append($"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{barHeight - 6}\" fill=\"#3b6ea5\"><title>{E(rule.Id)}: {count}</title></rect>");
                svg.Append($"<text x=\"{labelWidth + width + 6}\" y=\"{y + 15}\" font-size=\"13\">{count.ToString(CultureInfo.InvariantCulture)}</text>");
            }

            return "<h2>Findings per rule</h2>" + svg.Append("</svg>");
        }

        private static string Select(string id, string label, System.Collections.Generic.IEnumerable<string> values) =>
            $"<label>{label}: <select id=\"{id}\" onchange=\"fsuatFilter()\"><option value=\"\">all</option>" +
            string.Concat(values.Select(v => $"<option value=\"{E(v)}\">{E(v)}</option>")) + "</select></label>";

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
