using FeishuUatAnalyzer.Cli.Model;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>A Roslyn project ready for analysis, with how it was loaded and where its repository starts.</summary>
    /// <param name="SourcePath">The project file, or the folder of loose sources.</param>
    internal sealed record LoadedProject(Project Project, string SourcePath, string RepositoryRoot, LoadMode Mode, string? LoadError);
}
