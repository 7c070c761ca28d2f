namespace FeishuUatAnalyzer.Cli.Discovery
{
    internal enum ScanTargetKind
    {
        Solution,
        Project,
        FolderWithoutProject,
    }
}
