using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace FeishuUatAnalyzer.Cli.Discovery
{
    /// <summary>
    /// Turns the paths on the command line into what to load: every solution under a folder, every project that no
    /// solution found lists, and a folder with neither as loose sources.
    /// </summary>
    internal static class ScanTargetFinder
    {
        public static async Task<IReadOnlyList<ScanTarget>> FindAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
        {
            var targets = new List<ScanTarget>();
            foreach (var given in paths)
            {
                var path = Path.GetFullPath(given);
                if (File.Exists(path))
                {
                    var kind = SourceTree.IsSolution(path) ? ScanTargetKind.Solution
                        : SourceTree.IsProject(path) ? ScanTargetKind.Project
                        : throw new UsageException($"'{given}' is neither a folder nor a .sln, .slnx or .csproj file.");
                    targets.Add(new ScanTarget(kind, path, RepositoryRoots.Of(path, Path.GetDirectoryName(path)!)));
                }
                else if (Directory.Exists(path))
                {
                    targets.AddRange(await InFolderAsync(path, cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    throw new UsageException($"'{given}' does not exist.");
                }
            }

            return targets
                .GroupBy(t => t.Path, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(t => t.RepositoryRoot, StringComparer.Ordinal)
                .ThenBy(t => t.Kind)
                .ThenBy(t => t.Path, StringComparer.Ordinal)
                .ToList();
        }

        private static async Task<IEnumerable<ScanTarget>> InFolderAsync(string folder, CancellationToken cancellationToken)
        {
            var files = SourceTree.Files(folder, f => SourceTree.IsSolution(f) || SourceTree.IsProject(f)).ToList();
            var solutions = files.Where(SourceTree.IsSolution).ToList();
            var projects = files.Where(SourceTree.IsProject).ToList();
            if (solutions.Count == 0 && projects.Count == 0)
            {
                return new[] { new ScanTarget(ScanTargetKind.FolderWithoutProject, folder, RepositoryRoots.Of(folder, folder)) };
            }

            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var solution in solutions)
            {
                try
                {
                    listed.UnionWith(await SolutionProjects.ReadAsync(solution, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The solution's own load reports this; its projects are then scanned one by one.
                }
            }

            return solutions.Select(s => new ScanTarget(ScanTargetKind.Solution, s, RepositoryRoots.Of(s, folder)))
                .Concat(projects.Where(p => !listed.Contains(p)).Select(p => new ScanTarget(ScanTargetKind.Project, p, RepositoryRoots.Of(p, folder))));
        }
    }
}
