using System.Collections.Generic;

namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>What the scan found in one project (or one folder of loose sources).</summary>
    internal sealed record ProjectResult(
        string Name,
        string RelativePath,
        LoadMode Mode,
        string? LoadError,
        int DocumentCount,
        IReadOnlyList<Finding> Findings);
}
