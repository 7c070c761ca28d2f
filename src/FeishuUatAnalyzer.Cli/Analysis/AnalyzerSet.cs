using System;
using System.Collections.Immutable;
using System.Linq;
using FeishuUatAnalyzer.Cli.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Cli.Analysis
{
    /// <summary>The shipped analyzer, instantiated once and shared by every project of a run, and the rules it declares.</summary>
    internal static class AnalyzerSet
    {
        public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());

        public static readonly ImmutableArray<RuleInfo> Rules = Analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new RuleInfo(
                d.Id,
                d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
                FindingLevels.Of(d.DefaultSeverity),
                d.HelpLinkUri))
            .ToImmutableArray();

        public static bool IsOurs(Diagnostic diagnostic) => Analyzers.Any(a => a.SupportedDiagnostics.Any(d => d.Id == diagnostic.Id));
    }
}
