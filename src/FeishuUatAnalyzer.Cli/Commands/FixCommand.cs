using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Discovery;
using FeishuUatAnalyzer.Cli.Fixing;
using FeishuUatAnalyzer.Cli.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeishuUatAnalyzer.Cli.Commands
{
    /// <summary>
    /// `fsuat fix`: Fix All per project, a compile check of the result in memory, then the files written and a diff
    /// summary (or, with --dry-run, the unified diff alone). A project whose fix would not compile is not written: its
    /// new errors are printed and the exit code is 2.
    /// </summary>
    internal sealed class FixCommand : AsyncCommand<FixSettings>
    {
        public override async Task<int> ExecuteAsync(CommandContext context, FixSettings settings, CancellationToken cancellationToken)
        {
            var targets = await ScanTargetFinder.FindAsync(new[] { settings.Path }, cancellationToken).ConfigureAwait(false);
            using var loader = new ProjectLoader(!settings.NoRestore);
            var results = new List<ProjectFixResult>();
            foreach (var target in targets)
            {
                foreach (var project in await loader.LoadAsync(target, cancellationToken).ConfigureAwait(false))
                {
                    results.Add(await ProjectFixer.FixAsync(project, settings.RuleList, cancellationToken).ConfigureAwait(false));
                }
            }

            results = results.OrderBy(r => r.ProjectPath, StringComparer.Ordinal).ToList();
            if (settings.DryRun)
            {
                foreach (var change in results.SelectMany(r => r.Changes))
                {
                    Console.Out.Write(Diff(change).Text);
                }
            }
            else
            {
                Write(AnsiConsole.Console, results, settings.RuleList);
            }

            foreach (var broken in results.Where(r => r.NewCompileErrors.Count > 0))
            {
                Console.Error.WriteLine($"fsuat: the fix of {broken.ProjectPath} does not compile; nothing written there. New errors:");
                foreach (var error in broken.NewCompileErrors)
                {
                    Console.Error.WriteLine("  " + error);
                }
            }

            return results.Any(r => r.NewCompileErrors.Count > 0) ? ExitCodes.UsageOrLoadFailure : ExitCodes.Clean;
        }

        private static void Write(IAnsiConsole console, IReadOnlyList<ProjectFixResult> results, IReadOnlyList<string> rules)
        {
            var written = 0;
            foreach (var result in results)
            {
                if (result.LoadError != null)
                {
                    console.MarkupLineInterpolated($"[yellow]{result.ProjectPath}[/] did not load; fixed as loose sources: {result.LoadError}");
                }

                if (result.NewCompileErrors.Count > 0)
                {
                    continue;
                }

                foreach (var change in result.Changes)
                {
                    File.WriteAllText(change.FullPath, change.NewText, change.Encoding);
                    var (_, added, removed) = Diff(change);
                    console.MarkupLineInterpolated($"{(change.OldText == null ? "added   " : "modified")} {change.DisplayPath} (+{added} -{removed})");
                    written++;
                }
            }

            if (results.All(r => r.Changes.Count == 0))
            {
                console.MarkupLineInterpolated($"Nothing to fix for {string.Join(", ", rules)} in {results.Count} project(s).");
                return;
            }

            var fixedCount = results.Where(r => r.NewCompileErrors.Count == 0).Sum(r => r.DiagnosticsFixed);
            var projects = results.Count(r => r.NewCompileErrors.Count == 0 && r.Changes.Count > 0);
            console.MarkupLineInterpolated($"Fixed {fixedCount} diagnostic(s): {written} file(s) written in {projects} project(s); the fixed projects compile without new errors.");
        }

        private static (string Text, int Added, int Removed) Diff(FileChange change) =>
            UnifiedDiff.Create(change.OldText ?? string.Empty, change.NewText, change.OldText == null ? "/dev/null" : "a/" + change.DisplayPath, "b/" + change.DisplayPath);
    }
}
