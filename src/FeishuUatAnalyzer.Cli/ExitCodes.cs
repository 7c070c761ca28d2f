using FeishuUatAnalyzer.Cli.Model;
using FeishuUatAnalyzer.Cli.Reports;

namespace FeishuUatAnalyzer.Cli
{
    /// <summary>0: nothing at or above --fail-on; 1: findings at or above it; 2: a usage mistake or a project that did not load.</summary>
    internal static class ExitCodes
    {
        public const int Clean = 0;
        public const int Findings = 1;
        public const int UsageOrLoadFailure = 2;

        public static int For(ScanResult scan, FindingLevel failOn, bool allowLoadFailures) =>
            scan.HasLoadFailures && !allowLoadFailures ? UsageOrLoadFailure
            : ReportCounts.AtOrAbove(scan, failOn) > 0 ? Findings
            : Clean;
    }
}
