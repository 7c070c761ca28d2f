using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Analysis;
using FeishuUatAnalyzer.Cli.Model;
using FeishuUatAnalyzer.Cli.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeishuUatAnalyzer.Cli.Commands
{
    /// <summary>`fsuat scan`: analyse, print the summary (or JSON), write the files asked for, exit 0, 1 or 2.</summary>
    internal sealed class ScanCommand : AsyncCommand<ScanSettings>
    {
        public override async Task<int> ExecuteAsync(CommandContext context, ScanSettings settings, CancellationToken cancellationToken)
        {
            var console = AnsiConsole.Console;
            ScanResult scan;
            if (!settings.Json && LiveProgress.IsWanted(console))
            {
                scan = await console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(ctx => ScanRunner.RunAsync(settings.Paths, !settings.NoRestore, new LiveProgress(ctx), cancellationToken))
                    .ConfigureAwait(false);
            }
            else
            {
                scan = await ScanRunner.RunAsync(settings.Paths, !settings.NoRestore, SilentProgress.Instance, cancellationToken).ConfigureAwait(false);
            }

            WriteIfAsked(settings.Sarif, () => SarifReport.Write(scan));
            WriteIfAsked(settings.Markdown, () => MarkdownReport.Write(scan));
            WriteIfAsked(settings.Html, () => HtmlReport.Write(scan));
            if (settings.Json)
            {
                Console.Out.Write(JsonReport.Write(scan, settings.FailOnLevel));
            }
            else
            {
                TerminalSummary.Write(console, scan, settings.FailOnLevel);
            }

            return ExitCodes.For(scan, settings.FailOnLevel, settings.AllowLoadFailures);
        }

        private static void WriteIfAsked(string? path, Func<string> content)
        {
            if (string.IsNullOrEmpty(path))
            {
                return;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder != null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, content(), new System.Text.UTF8Encoding(false));
        }
    }
}
