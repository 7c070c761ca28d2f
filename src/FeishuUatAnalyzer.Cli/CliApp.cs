using System;
using FeishuUatAnalyzer.Cli.Analysis;
using FeishuUatAnalyzer.Cli.Commands;
using FeishuUatAnalyzer.Cli.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeishuUatAnalyzer.Cli
{
    /// <summary>The commands, and one place that turns every failure into a message on standard error and exit code 2.</summary>
    internal static class CliApp
    {
        // Redirected output (a CI log, a file) has no width of its own: wide enough that a finding stays on one line.
        private const int RedirectedWidth = 240;

        public static int Run(string[] args)
        {
            if (Console.IsOutputRedirected)
            {
                AnsiConsole.Console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : RedirectedWidth;
            }

            var app = new CommandApp();
            app.Configure(config =>
            {
                config.SetApplicationName("fsuat");
                config.SetApplicationVersion(ToolVersion.Current);
                config.AddCommand<ScanCommand>("scan")
                    .WithDescription("Find Feishu API calls that send the wrong kind of access token, and report them.")
                    .WithExample("scan", ".", "--sarif", "fsuat.sarif")
                    .WithExample("scan", "src/App.sln", "--fail-on", "warning", "--html", "report.html");
                config.AddCommand<FixCommand>("fix")
                    .WithDescription("Apply the code fix (Fix All) to FSUAT001, FSUAT002 and FSUAT004, check the projects still compile, show the diff.")
                    .WithExample("fix", ".", "--dry-run");
                config.SetExceptionHandler((exception, _) =>
                {
                    var error = Console.Error;
                    error.WriteLine("fsuat: " + Describe(exception));
                    return ExitCodes.UsageOrLoadFailure;
                });
            });
            return app.Run(args);
        }

        private static string Describe(Exception exception) => exception switch
        {
            UsageException or LoadException or AnalyzerFailureException or CommandParseException or CommandRuntimeException => exception.Message,
            System.IO.IOException or UnauthorizedAccessException => exception.Message,
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
    }
}
