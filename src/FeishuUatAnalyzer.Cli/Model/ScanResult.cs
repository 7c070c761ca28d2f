using System;
using System.Collections.Generic;
using System.Linq;

namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>The whole scan: repositories sorted by name, projects by path, findings by path, line, column and rule.</summary>
    internal sealed record ScanResult(IReadOnlyList<RuleInfo> Rules, IReadOnlyList<RepositoryResult> Repositories, TimeSpan Elapsed, string ToolVersion)
    {
        public IEnumerable<Finding> Findings => Repositories.SelectMany(r => r.Findings);

        public IEnumerable<ProjectResult> Projects => Repositories.SelectMany(r => r.Projects);

        public bool HasLoadFailures => Projects.Any(p => p.Mode == LoadMode.LooseAfterLoadFailure);
    }
}
