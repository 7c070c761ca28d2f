using System.ComponentModel;
using FeishuUatAnalyzer.Cli.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeishuUatAnalyzer.Cli.Commands
{
    internal sealed class ScanSettings : CommandSettings
    {
        [CommandArgument(0, "<paths>")]
        [Description("Folders to search for .sln, .slnx and .csproj files, or such files themselves. A folder with none is scanned as loose sources.")]
        public string[] Paths { get; init; } = System.Array.Empty<string>();

        [CommandOption("--sarif <FILE>")]
        [Description("Write a SARIF 2.1.0 log (one run per repository) for code-scanning upload.")]
        public string? Sarif { get; init; }

        [CommandOption("--markdown <FILE>")]
        [Description("Write a Markdown report.")]
        public string? Markdown { get; init; }

        [CommandOption("--html <FILE>")]
        [Description("Write a self-contained HTML report (filters by rule and repository, a chart per rule).")]
        public string? Html { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("What to print on standard output: table (default) or json.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--fail-on <LEVEL>")]
        [Description("Exit with 1 when a finding is at or above this level: error (default), warning, note or none.")]
        [DefaultValue("error")]
        public string FailOn { get; init; } = "error";

        [CommandOption("--no-restore")]
        [Description("Do not run `dotnet restore` before loading (the projects must have been restored already).")]
        public bool NoRestore { get; init; }

        [CommandOption("--allow-load-failures")]
        [Description("A project that did not load is still scanned as loose sources and reported; with this flag it does not make the exit code 2.")]
        public bool AllowLoadFailures { get; init; }

        public FindingLevel FailOnLevel => FindingLevels.TryParse(FailOn, out var level) ? level : FindingLevel.Error;

        public bool Json => Format == "json";

        public override ValidationResult Validate()
        {
            if (Paths.Length == 0)
            {
                return ValidationResult.Error("give at least one path to scan");
            }

            if (!FindingLevels.TryParse(FailOn, out _))
            {
                return ValidationResult.Error($"--fail-on must be error, warning, note or none, not '{FailOn}'");
            }

            return Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format must be table or json, not '{Format}'");
        }
    }
}
