using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeishuUatAnalyzer.Cli.Model;

namespace FeishuUatAnalyzer.Cli.Reports
{
    /// <summary>
    /// SARIF 2.1.0, one run per repository, as code scanning takes it: tool.driver with the rules, results with ruleId,
    /// level, message and a location relative to the repository root (uriBaseId SRCROOT).
    /// </summary>
    internal static class SarifReport
    {
        public const string SourceRoot = "SRCROOT";

        public static string Write(ScanResult scan)
        {
            var runs = new JsonArray();
            foreach (var repository in scan.Repositories)
            {
                runs.Add(Run(scan, repository));
            }

            var log = new JsonObject
            {
                ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
                ["version"] = "2.1.0",
                ["runs"] = runs,
            };
            return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        }

        private static JsonObject Run(ScanResult scan, RepositoryResult repository)
        {
            var ruleIndex = scan.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var results = new JsonArray();
            foreach (var finding in repository.Findings.OrderBy(f => f, FindingOrder.Instance))
            {
                results.Add(new JsonObject
                {
                    ["ruleId"] = finding.RuleId,
                    ["ruleIndex"] = ruleIndex[finding.RuleId],
                    ["level"] = finding.Level.Name(),
                    ["message"] = new JsonObject { ["text"] = finding.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = EscapePath(finding.RelativePath), ["uriBaseId"] = SourceRoot },
                            ["region"] = new JsonObject
                            {
                                ["startLine"] = finding.Line,
                                ["startColumn"] = finding.Column,
                                ["endLine"] = finding.EndLine,
                                ["endColumn"] = finding.EndColumn,
                            },
                        },
                    }),
                });
            }

            var notifications = new JsonArray();
            foreach (var project in repository.Projects.Where(p => p.Mode != LoadMode.Project))
            {
                notifications.Add(new JsonObject
                {
                    ["level"] = project.Mode == LoadMode.LooseAfterLoadFailure ? "warning" : "note",
                    ["message"] = new JsonObject
                    {
                        ["text"] = $"{project.RelativePath}: scanned as {ReportCounts.ModeText(project)}" + (project.LoadError is { } error ? ": " + error : "."),
                    },
                });
            }

            return new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "fsuat",
                        ["fullName"] = "FeishuUatAnalyzer command-line scanner",
                        ["version"] = scan.ToolVersion,
                        ["informationUri"] = "https://github.com/feishu-uat-analyzer/FeishuUatAnalyzer",
                        ["rules"] = new JsonArray(scan.Rules.Select(Rule).ToArray<JsonNode?>()),
                    },
                },
                ["automationDetails"] = new JsonObject { ["id"] = $"fsuat/{repository.Name}/" },
                ["originalUriBaseIds"] = new JsonObject
                {
                    [SourceRoot] = new JsonObject { ["uri"] = new Uri(repository.RootPath.TrimEnd('/') + "/").AbsoluteUri },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = true,
                    ["toolExecutionNotifications"] = notifications,
                }),
                ["results"] = results,
            };
        }

        private static JsonObject Rule(RuleInfo rule) => new()
        {
            ["id"] = rule.Id,
            ["name"] = rule.Id,
            ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
            ["fullDescription"] = new JsonObject { ["text"] = string.IsNullOrEmpty(rule.Description) ? rule.Title : rule.Description },
            ["helpUri"] = rule.HelpUri,
            ["defaultConfiguration"] = new JsonObject { ["level"] = rule.DefaultLevel.Name() },
        };

        private static string EscapePath(string relativePath) => string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString));
    }
}
