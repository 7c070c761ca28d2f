using System;
using System.Collections.Generic;
using System.Linq;
using FeishuUatAnalyzer.Cli.Model;

namespace FeishuUatAnalyzer.Cli.Reports
{
    /// <summary>The counts every report shows: findings per rule (every rule, zeros too) and per repository.</summary>
    internal static class ReportCounts
    {
        public static IReadOnlyList<(RuleInfo Rule, int Count)> PerRule(ScanResult scan)
        {
            var counts = scan.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return scan.Rules.Select(r => (r, counts.TryGetValue(r.Id, out var n) ? n : 0)).ToList();
        }

        public static IReadOnlyList<(RepositoryResult Repository, int Projects, int LoadFailures, int Findings)> PerRepository(ScanResult scan) =>
            scan.Repositories
                .Select(r => (r, r.Projects.Count, r.Projects.Count(p => p.Mode == LoadMode.LooseAfterLoadFailure), r.Findings.Count()))
                .ToList();

        public static int AtOrAbove(ScanResult scan, FindingLevel level) => level == FindingLevel.None ? 0 : scan.Findings.Count(f => f.Level >= level);

        public static string ModeText(ProjectResult project) => project.Mode switch
        {
            LoadMode.Project => "project",
            LoadMode.LooseAfterLoadFailure => "loose sources (did not load)",
            _ => "loose sources (no project)",
        };

        public static string LevelCounts(IEnumerable<Finding> findings)
        {
            var list = findings.ToList();
            return string.Join(", ", new[] { FindingLevel.Error, FindingLevel.Warning, FindingLevel.Note }
                .Select(l => (Level: l, Count: list.Count(f => f.Level == l)))
                .Where(x => x.Count > 0)
                .Select(x => $"{x.Count} {x.Level.Name()}"));
        }
    }
}
