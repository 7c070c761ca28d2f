namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>How a project's sources came to be analysed.</summary>
    internal enum LoadMode
    {
        /// <summary>Loaded by MSBuildWorkspace with its own references, options and additional files.</summary>
        Project,

        /// <summary>The project did not load or restore: its .cs files, against the .NET reference assemblies.</summary>
        LooseAfterLoadFailure,

        /// <summary>A folder with no project: its .cs files, against the .NET reference assemblies.</summary>
        LooseFolder,
    }
}
