using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>
    /// Runs `dotnet restore` on a solution or project before MSBuildWorkspace reads it: a design-time build of a project
    /// that was never restored has no package references, and would be analysed against the wrong symbols.
    /// </summary>
    internal static class DotnetRestore
    {
        // "/repo/src/App/App.csproj : error NU1101: Unable to find package Nope. ... [/repo/App.sln]"
        private static readonly Regex ErrorLine = new(@"^\s*(?<file>\S.*?\.csproj)\s*:\s*error\s+(?<code>\w+)\s*:\s*(?<message>.*?)(\s+\[[^\]]*\])?\s*$", RegexOptions.Multiline);

        public static async Task<RestoreResult> RunAsync(string path, CancellationToken cancellationToken)
        {
            var start = new ProcessStartInfo(DotnetExecutable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(path)!,
            };
            foreach (var argument in new[] { "restore", path, "-nologo", "-verbosity:quiet", "-p:TreatWarningsAsErrors=false" })
            {
                start.ArgumentList.Add(argument);
            }

            // The tool's own process may run under `dotnet test`/`dotnet run`: their MSBuild settings are not the scanned project's.
            foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" })
            {
                start.Environment.Remove(variable);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet restore");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));

            var errors = ErrorLine.Matches(output)
                .GroupBy(m => Path.GetFullPath(m.Groups["file"].Value), StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => string.Join("; ", g.Select(m => $"{m.Groups["code"].Value}: {m.Groups["message"].Value}").Distinct()),
                    StringComparer.Ordinal);
            return new RestoreResult(process.ExitCode == 0, errors, output.Trim());
        }

        private static string DotnetExecutable() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
