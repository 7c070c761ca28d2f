using System.Collections.Generic;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>What `dotnet restore` said: its errors per project file, and its whole output when it failed without naming one.</summary>
    internal sealed record RestoreResult(bool Succeeded, IReadOnlyDictionary<string, string> ErrorsByProject, string Output);
}
