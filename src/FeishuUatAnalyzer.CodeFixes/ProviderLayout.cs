namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>Where the text of <c>FeishuTenantTokenProvider</c> goes and how its namespace is written.</summary>
    internal enum ProviderLayout
    {
        /// <summary>A file of its own, in a namespace block (or the global namespace).</summary>
        NewFile,

        /// <summary>A file of its own with a file-scoped namespace (<c>namespace X;</c>), as the project's other files are written.</summary>
        NewFileFileScoped,

        /// <summary>
        /// At the end of an existing file in a namespace block of its own, its using directives inside it: under
        /// MSBuildWorkspace (dotnet format) a new document becomes an explicit Compile item, which SDK-style projects
        /// already include by their glob (NETSDK1022 duplicate items).
        /// </summary>
        AppendedBlock,

        /// <summary>
        /// At the end of an existing file that has a file-scoped namespace (a second namespace cannot be declared
        /// there): the provider joins that namespace, with its type names written in full.
        /// </summary>
        AppendedToFileScoped,
    }
}
