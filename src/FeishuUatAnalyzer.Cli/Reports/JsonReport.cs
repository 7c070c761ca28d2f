using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeishuUatAnalyzer.Cli.Model;

namespace FeishuUatAnalyzer.Cli.Reports
{
    /// <summary>`--format json`: the whole scan for scripts, counts first, then repositories, projects and findings.</summary>
    internal static class JsonReport
    {
        public static string Write(ScanResult scan, FindingLevel failOn)
        {
            var report = new JsonObject
            {
                ["tool"] = "fsuat",
                ["version"] = scan.ToolVersion,
                ["failOn"] = failOn.Name(),
                ["total"] = scan.Findings.Count(),
                ["atOrAboveFailOn"] = ReportCounts.AtOrAbove(scan, failOn),
                ["byRule"] = new JsonObject(ReportCounts.PerRule(scan).Select(x => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(x.Rule.Id, x.Count))),
                ["repositories"] = new JsonArray(scan.Repositories.Select(r => (JsonNode?)new JsonObject
                {
                    ["name"] = r.Name,
                    ["root"] = r.RootPath,
                    ["findings"] = r.Findings.Count(),
                    ["projects"] = new JsonArray(r.Projects.Select(p => (JsonNode?)new JsonObject
                    {
                        ["name"] = p.Name,
                        ["path"] = p.RelativePath,
                        ["mode"] = p.Mode.ToString(),
                        ["loadError"] = p.LoadError,
                        ["documents"] = p.DocumentCount,
                        ["findings"] = new JsonArray(p.Findings.Select(f => (JsonNode?)new JsonObject
                        {
                            ["ruleId"] = f.RuleId,
                            ["level"] = f.Level.Name(),
                            ["path"] = f.RelativePath,
                            ["line"] = f.Line,
                            ["column"] = f.Column,
                            ["message"] = f.Message,
                        }).ToArray()),
                    }).ToArray()),
                }).ToArray()),
            };
            return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        }
    }
}
