using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace FeishuUatAnalyzer.Cli.Tests.Infrastructure
{
    /// <summary>The built fsuat, run as its own process the way a user or CI runs it.</summary>
    internal static class Fsuat
    {
        public static async Task<FsuatRun> RunAsync(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fsuat.dll"));
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // Wide enough that the summary table does not wrap the lines the tests read.
            start.Environment["COLUMNS"] = "400";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            return new FsuatRun(process.ExitCode, await stdout, await stderr);
        }
    }

    internal sealed record FsuatRun(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }
}
