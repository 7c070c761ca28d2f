using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Discovery;
using FeishuUatAnalyzer.Cli.Loading;
using FeishuUatAnalyzer.Cli.Model;

namespace FeishuUatAnalyzer.Cli.Analysis
{
    /// <summary>Finds, loads and analyses everything under the given paths, and puts the findings in a stable order.</summary>
    internal static class ScanRunner
    {
        public static async Task<ScanResult> RunAsync(IReadOnlyList<string> paths, bool restore, IScanProgress progress, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var targets = await ScanTargetFinder.FindAsync(paths, cancellationToken).ConfigureAwait(false);
            progress.TargetsFound(targets.Count);

            using var loader = new ProjectLoader(restore);
            var loaded = new List<LoadedProject>();
            foreach (var target in targets)
            {
                var projects = await loader.LoadAsync(target, cancellationToken).ConfigureAwait(false);
                loaded.AddRange(projects);
                progress.TargetLoaded(System.IO.Path.GetFileName(target.Path), projects.Count);
            }

            var results = new ConcurrentBag<(LoadedProject Loaded, ProjectResult Result)>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(loaded, parallel, async (project, token) =>
            {
                results.Add((project, await AnalyseAsync(project, token).ConfigureAwait(false)));
                progress.ProjectAnalysed(project.Project.Name);
            }).ConfigureAwait(false);

            var repositories = results
                .GroupBy(r => r.Loaded.RepositoryRoot, StringComparer.Ordinal)
                .Select(g => new RepositoryResult(
                    RepositoryRoots.Name(g.Key),
                    g.Key,
                    g.Select(r => r.Result).OrderBy(p => p.RelativePath, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList()))
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .ThenBy(r => r.RootPath, StringComparer.Ordinal)
                .ToList();
            return new ScanResult(AnalyzerSet.Rules, repositories, clock.Elapsed, ToolVersion.Current);
        }

        private static async Task<ProjectResult> AnalyseAsync(LoadedProject loaded, CancellationToken cancellationToken)
        {
            var repositoryName = RepositoryRoots.Name(loaded.RepositoryRoot);
            var name = loaded.Mode == LoadMode.LooseAfterLoadFailure ? System.IO.Path.GetFileNameWithoutExtension(loaded.SourcePath) : loaded.Project.Name;
            var diagnostics = await ProjectAnalysis.RunAsync(loaded.Project, cancellationToken).ConfigureAwait(false);
            var findings = diagnostics
                .Select(d => FindingFactory.Create(d, loaded.RepositoryRoot, repositoryName, name))
                .Distinct()
                .OrderBy(f => f, FindingOrder.Instance)
                .ToList();
            var documents = loaded.Project.Documents.Count(d => !IsBuildOutput(d.FilePath));
            return new ProjectResult(name, FindingFactory.RelativePath(loaded.RepositoryRoot, loaded.SourcePath), loaded.Mode, loaded.LoadError, documents, findings);
        }

        // Global usings and assembly attributes that the build writes under obj/ are not the project's own files.
        private static bool IsBuildOutput(string? path) =>
            path != null && path.Contains(System.IO.Path.DirectorySeparatorChar + "obj" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
