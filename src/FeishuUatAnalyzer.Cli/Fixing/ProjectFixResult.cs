using System.Collections.Generic;

namespace FeishuUatAnalyzer.Cli.Fixing
{
    /// <summary>What Fix All did to one project: the files, the diagnostics it was given, and compile errors it introduced.</summary>
    internal sealed record ProjectFixResult(string ProjectPath, IReadOnlyList<FileChange> Changes, int DiagnosticsFixed, IReadOnlyList<string> NewCompileErrors, string? LoadError);
}
