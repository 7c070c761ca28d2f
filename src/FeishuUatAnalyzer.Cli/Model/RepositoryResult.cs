using System.Collections.Generic;
using System.Linq;

namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>The projects of one repository (the nearest folder with .git above them, or the folder given).</summary>
    internal sealed record RepositoryResult(string Name, string RootPath, IReadOnlyList<ProjectResult> Projects)
    {
        public IEnumerable<Finding> Findings => Projects.SelectMany(p => p.Findings);
    }
}
