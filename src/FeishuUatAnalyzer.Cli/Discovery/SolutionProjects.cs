using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace FeishuUatAnalyzer.Cli.Discovery
{
    /// <summary>The C# projects a .sln or .slnx lists, read with the same solution reader MSBuildWorkspace uses.</summary>
    internal static class SolutionProjects
    {
        public static async Task<IReadOnlyList<string>> ReadAsync(string solutionPath, CancellationToken cancellationToken)
        {
            var serializer = SolutionSerializers.GetSerializerByMoniker(solutionPath)
                ?? throw new InvalidDataException($"'{solutionPath}' is not a solution file fsuat can read.");
            var model = await serializer.OpenAsync(solutionPath, cancellationToken).ConfigureAwait(false);
            var folder = Path.GetDirectoryName(solutionPath)!;
            return model.SolutionProjects
                .Select(p => Path.GetFullPath(Path.Combine(folder, p.FilePath.Replace('\\', Path.DirectorySeparatorChar))))
                .Where(SourceTree.IsProject)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }
    }
}
