using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Discovery;
using FeishuUatAnalyzer.Cli.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>
    /// Loads scan targets with MSBuildWorkspace. A project that does not restore or load is not dropped: its folder's
    /// sources are loaded loose, with the reason kept for the report. Each project file is loaded once, whichever
    /// solutions list it.
    /// </summary>
    internal sealed class ProjectLoader : IDisposable
    {
        private readonly bool _restore;
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly AdhocWorkspace _looseWorkspace = new();

        // Kept open until the scan is done: their projects' compilations are computed after loading.
        private readonly List<Workspace> _workspaces = new();

        public ProjectLoader(bool restore) => _restore = restore;

        public async Task<IReadOnlyList<LoadedProject>> LoadAsync(ScanTarget target, CancellationToken cancellationToken)
        {
            if (target.Kind == ScanTargetKind.FolderWithoutProject)
            {
                return _seen.Add(target.Path)
                    ? new[] { Loose(target.Path, target.RepositoryRoot, LoadMode.LooseFolder, null, skipNestedProjects: false) }
                    : Array.Empty<LoadedProject>();
            }

            var restore = _restore ? await DotnetRestore.RunAsync(target.Path, cancellationToken).ConfigureAwait(false) : null;
            var failures = new List<string>();
            var workspace = MSBuildWorkspace.Create();
            _workspaces.Add(workspace);
            using var registration = workspace.RegisterWorkspaceFailedHandler(e =>
            {
                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                {
                    lock (failures)
                    {
                        failures.Add(e.Diagnostic.Message);
                    }
                }
            });

            IReadOnlyList<string> expected;
            Solution? solution = null;
            string? wholeFailure = null;
            try
            {
                if (target.Kind == ScanTargetKind.Solution)
                {
                    expected = await SolutionProjects.ReadAsync(target.Path, cancellationToken).ConfigureAwait(false);
                    solution = await workspace.OpenSolutionAsync(target.Path, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    expected = new[] { target.Path };
                    solution = (await workspace.OpenProjectAsync(target.Path, cancellationToken: cancellationToken).ConfigureAwait(false)).Solution;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                expected = target.Kind == ScanTargetKind.Project ? new[] { target.Path } : Array.Empty<string>();
                wholeFailure = e.Message;
                if (target.Kind == ScanTargetKind.Solution)
                {
                    throw new LoadException($"cannot open the solution '{target.Path}': {e.Message}");
                }
            }

            var loaded = new List<LoadedProject>();
            foreach (var projectFile in expected)
            {
                if (!_seen.Add(projectFile))
                {
                    continue;
                }

                var error = ErrorOf(projectFile, restore, failures, wholeFailure);
                var project = solution?.Projects
                    .Where(p => string.Equals(p.FilePath, projectFile, StringComparison.Ordinal) && p.Language == LanguageNames.CSharp)
                    .OrderBy(p => p.Name, StringComparer.Ordinal)
                    .FirstOrDefault(); // a multi-targeted project loads once per framework: its sources are the same
                if (error == null && project == null)
                {
                    error = "MSBuildWorkspace did not load it" + (failures.Count > 0 ? ": " + string.Join("; ", failures) : ".");
                }

                loaded.Add(error == null
                    ? new LoadedProject(project!, projectFile, target.RepositoryRoot, LoadMode.Project, null)
                    : Loose(Path.GetDirectoryName(projectFile)!, target.RepositoryRoot, LoadMode.LooseAfterLoadFailure, error, skipNestedProjects: true, Path.GetFileNameWithoutExtension(projectFile), projectFile));
            }

            return loaded;
        }

        private static string? ErrorOf(string projectFile, RestoreResult? restore, List<string> failures, string? wholeFailure)
        {
            if (wholeFailure != null)
            {
                return wholeFailure;
            }

            if (restore != null && restore.ErrorsByProject.TryGetValue(projectFile, out var restoreError))
            {
                return "restore failed: " + restoreError;
            }

            if (restore is { Succeeded: false, ErrorsByProject.Count: 0 })
            {
                return "restore failed: " + FirstLines(restore.Output);
            }

            var own = failures.Where(f => f.Contains(projectFile, StringComparison.Ordinal)).ToList();
            if (own.Count > 0)
            {
                return string.Join("; ", own);
            }

            // Without our restore, a project never restored would load without its packages and look fine.
            return restore == null && !File.Exists(Path.Combine(Path.GetDirectoryName(projectFile)!, "obj", "project.assets.json"))
                ? "not restored (no obj/project.assets.json): run `dotnet restore`, or scan without --no-restore"
                : null;
        }

        public void Dispose()
        {
            foreach (var workspace in _workspaces)
            {
                workspace.Dispose();
            }

            _looseWorkspace.Dispose();
        }

        private static string FirstLines(string output) => string.Join(" ", output.Split('\n').Take(3).Select(l => l.Trim()));

        private LoadedProject Loose(string folder, string repositoryRoot, LoadMode mode, string? error, bool skipNestedProjects, string? name = null, string? sourcePath = null)
        {
            var projectName = name ?? RepositoryRoots.Name(folder);
            lock (_looseWorkspace)
            {
                var project = LooseSourceProject.Create(_looseWorkspace, folder, projectName, skipNestedProjects);
                return new LoadedProject(project, sourcePath ?? folder, repositoryRoot, mode, error);
            }
        }
    }
}
