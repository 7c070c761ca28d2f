namespace FeishuUatAnalyzer.Cli.Discovery
{
    /// <summary>A solution, a project outside every solution found, or a folder with no project: what one load opens.</summary>
    internal sealed record ScanTarget(ScanTargetKind Kind, string Path, string RepositoryRoot);
}
