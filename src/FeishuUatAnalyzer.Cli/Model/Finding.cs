namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>One diagnostic of the analyzer, placed by a path relative to its repository's root (always '/').</summary>
    internal sealed record Finding(
        string RuleId,
        FindingLevel Level,
        string Message,
        string Repository,
        string Project,
        string RelativePath,
        int Line,
        int Column,
        int EndLine,
        int EndColumn);
}
