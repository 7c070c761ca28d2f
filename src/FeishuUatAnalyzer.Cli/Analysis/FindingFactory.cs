using System.Globalization;
using System.IO;
using FeishuUatAnalyzer.Cli.Model;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Cli.Analysis
{
    /// <summary>A Roslyn diagnostic as a report finding: 1-based positions, a path relative to the repository, the English message.</summary>
    internal static class FindingFactory
    {
        public static Finding Create(Diagnostic diagnostic, string repositoryRoot, string repositoryName, string projectName)
        {
            var span = diagnostic.Location.GetLineSpan();
            return new Finding(
                diagnostic.Id,
                FindingLevels.Of(diagnostic.Severity),
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                repositoryName,
                projectName,
                RelativePath(repositoryRoot, span.Path),
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1);
        }

        public static string RelativePath(string root, string path) =>
            string.IsNullOrEmpty(path) ? string.Empty : Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
    }
}
