using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Analysis;
using FeishuUatAnalyzer.Cli.Loading;
using FeishuUatAnalyzer.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FeishuUatAnalyzer.Cli.Fixing
{
    /// <summary>
    /// Fix All on one project through the shipped provider's own Fix All provider, one rule after the other as
    /// `dotnet format analyzers` does (each rule on the solution the previous one left), then a compilation of the
    /// result to tell the compile errors the fix brought in.
    /// </summary>
    internal static class ProjectFixer
    {
        private static readonly UseTenantTokenCodeFixProvider Provider = new();

        public static IReadOnlyCollection<string> FixableRules => Provider.FixableDiagnosticIds;

        public static async Task<ProjectFixResult> FixAsync(LoadedProject loaded, IReadOnlyList<string> rules, CancellationToken cancellationToken)
        {
            var original = loaded.Project.Solution;
            var projectId = loaded.Project.Id;
            var current = original;
            var fixedCount = 0;
            foreach (var rule in rules)
            {
                var project = current.GetProject(projectId)!;
                var diagnostics = (await ProjectAnalysis.RunAsync(project, cancellationToken).ConfigureAwait(false))
                    .Where(d => d.Id == rule && d.Location.IsInSource)
                    .ToImmutableArray();
                var document = diagnostics.IsEmpty ? null : project.GetDocument(diagnostics[0].Location.SourceTree);
                if (document == null)
                {
                    continue;
                }

                var context = new FixAllContext(document, Provider, FixAllScope.Project, UseTenantTokenCodeFixProvider.EquivalenceKey, new[] { rule }, new FixedDiagnosticProvider(diagnostics), cancellationToken);
                var action = await Provider.GetFixAllProvider().GetFixAsync(context).ConfigureAwait(false);
                if (action == null)
                {
                    continue;
                }

                foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        current = apply.ChangedSolution;
                        fixedCount += diagnostics.Length;
                    }
                }
            }

            var changes = await ChangesAsync(original, current, loaded.RepositoryRoot, cancellationToken).ConfigureAwait(false);
            var newErrors = changes.Count == 0 ? Array.Empty<string>()
                : await NewCompileErrorsAsync(original.GetProject(projectId)!, current.GetProject(projectId)!, loaded.RepositoryRoot, cancellationToken).ConfigureAwait(false);
            return new ProjectFixResult(FindingFactory.RelativePath(loaded.RepositoryRoot, loaded.SourcePath), changes, changes.Count == 0 ? 0 : fixedCount, newErrors, loaded.LoadError);
        }

        private static async Task<IReadOnlyList<FileChange>> ChangesAsync(Solution before, Solution after, string root, CancellationToken cancellationToken)
        {
            var changes = new List<FileChange>();
            foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
            {
                var folder = Path.GetDirectoryName(projectChanges.NewProject.FilePath) ?? root;
                foreach (var id in projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
                {
                    var oldText = await before.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var newDocument = after.GetDocument(id)!;
                    var newText = await newDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var path = newDocument.FilePath ?? Path.Combine(folder, newDocument.Name);
                    changes.Add(new FileChange(path, FindingFactory.RelativePath(root, path), oldText.ToString(), newText.ToString(), oldText.Encoding ?? new UTF8Encoding(false)));
                }

                foreach (var id in projectChanges.GetAddedDocuments())
                {
                    var added = after.GetDocument(id)!;
                    var text = await added.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var path = added.FilePath ?? Path.Combine(new[] { folder }.Concat(added.Folders).Append(added.Name).ToArray());
                    changes.Add(new FileChange(path, FindingFactory.RelativePath(root, path), null, text.ToString(), new UTF8Encoding(false)));
                }
            }

            return changes.OrderBy(c => c.DisplayPath, StringComparer.Ordinal).ToList();
        }

        // Errors compared by id and message (their lines move with the edits); what the project had before is not the fix's doing.
        private static async Task<IReadOnlyList<string>> NewCompileErrorsAsync(Project before, Project after, string root, CancellationToken cancellationToken)
        {
            var old = (await ErrorsAsync(before, cancellationToken).ConfigureAwait(false)).GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
            var fresh = new List<string>();
            foreach (var group in (await ErrorsAsync(after, cancellationToken).ConfigureAwait(false)).GroupBy(Key))
            {
                var extra = group.Count() - (old.TryGetValue(group.Key, out var n) ? n : 0);
                fresh.AddRange(group.Take(Math.Max(0, extra)).Select(d => Describe(d, root)));
            }

            return fresh.OrderBy(e => e, StringComparer.Ordinal).ToList();
        }

        private static async Task<IEnumerable<Diagnostic>> ErrorsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            return compilation?.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error) ?? Enumerable.Empty<Diagnostic>();
        }

        private static string Key(Diagnostic diagnostic) => diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        private static string Describe(Diagnostic diagnostic, string root)
        {
            var span = diagnostic.Location.GetLineSpan();
            return $"{FindingFactory.RelativePath(root, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {Key(diagnostic)}";
        }
    }
}
