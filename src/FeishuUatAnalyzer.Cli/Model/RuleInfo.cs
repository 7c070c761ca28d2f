namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>A rule as the analyzer describes it, for the reports' rule tables and SARIF's tool.driver.rules.</summary>
    internal sealed record RuleInfo(string Id, string Title, string Description, FindingLevel DefaultLevel, string HelpUri);
}
