using System;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>SARIF's levels, ordered so that a higher value is more severe.</summary>
    internal enum FindingLevel
    {
        None = 0,
        Note = 1,
        Warning = 2,
        Error = 3,
    }

    internal static class FindingLevels
    {
        public static FindingLevel Of(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => FindingLevel.Error,
            DiagnosticSeverity.Warning => FindingLevel.Warning,
            DiagnosticSeverity.Info => FindingLevel.Note,
            _ => FindingLevel.None,
        };

        /// <summary>The SARIF (and command-line) spelling: error, warning, note, none.</summary>
        public static string Name(this FindingLevel level) => level.ToString().ToLowerInvariant();

        public static bool TryParse(string? text, out FindingLevel level)
        {
            foreach (FindingLevel candidate in Enum.GetValues(typeof(FindingLevel)))
            {
                if (string.Equals(candidate.Name(), text, StringComparison.OrdinalIgnoreCase))
                {
                    level = candidate;
                    return true;
                }
            }

            level = FindingLevel.None;
            return false;
        }
    }
}
