using System;
using System.ComponentModel;
using System.Linq;
using FeishuUatAnalyzer.Cli.Fixing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeishuUatAnalyzer.Cli.Commands
{
    internal sealed class FixSettings : CommandSettings
    {
        public static readonly string[] DefaultRules = { "FSUAT001", "FSUAT002", "FSUAT004" };

        [CommandArgument(0, "<path>")]
        [Description("A folder, .sln, .slnx or .csproj file to fix.")]
        public string Path { get; init; } = string.Empty;

        [CommandOption("--rules <IDS>")]
        [Description("Comma-separated rules to fix, in this order (default FSUAT001,FSUAT002,FSUAT004).")]
        public string? Rules { get; init; }

        [CommandOption("--dry-run")]
        [Description("Print the unified diff only; write nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--no-restore")]
        [Description("Do not run `dotnet restore` before loading.")]
        public bool NoRestore { get; init; }

        public string[] RuleList => Rules is null
            ? DefaultRules
            : Rules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => r.ToUpperInvariant()).Distinct().ToArray();

        public override ValidationResult Validate()
        {
            var unknown = RuleList.Where(r => !ProjectFixer.FixableRules.Contains(r)).ToList();
            if (RuleList.Length == 0 || unknown.Count > 0)
            {
                return ValidationResult.Error($"--rules takes rules the code fix handles ({string.Join(", ", ProjectFixer.FixableRules.OrderBy(r => r, StringComparer.Ordinal))}); not: {string.Join(", ", unknown)}");
            }

            return string.IsNullOrWhiteSpace(Path) ? ValidationResult.Error("give a path to fix") : ValidationResult.Success();
        }
    }
}
