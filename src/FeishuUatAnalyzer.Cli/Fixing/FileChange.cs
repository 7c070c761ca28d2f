namespace FeishuUatAnalyzer.Cli.Fixing
{
    /// <summary>One file the fix changes or adds: its path on disk, the path shown in diffs, and both texts.</summary>
    internal sealed record FileChange(string FullPath, string DisplayPath, string? OldText, string NewText, System.Text.Encoding Encoding);
}
