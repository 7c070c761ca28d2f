using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FeishuUatAnalyzer.Cli.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>
    /// A project made of a folder's .cs files, for a project that did not load and for a folder with no project: the .NET
    /// reference assemblies, the .editorconfig files that apply, and feishu-endpoints.txt files as additional files.
    /// </summary>
    internal static class LooseSourceProject
    {
        // What an SDK project with ImplicitUsings gets; loose sources from such a project do not bind without them.
        private const string ImplicitUsings =
            "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\n" +
            "global using global::System.Linq;\nglobal using global::System.Net.Http;\nglobal using global::System.Threading;\n" +
            "global using global::System.Threading.Tasks;\n";

        public const string ImplicitUsingsFileName = "fsuat.ImplicitUsings.g.cs";

        public static Project Create(Workspace workspace, string folder, string name, bool skipNestedProjects)
        {
            // A folder below that has its own project is that project's business, not this one's.
            bool DescendInto(string child) => !skipNestedProjects || !Directory.EnumerateFiles(child, "*.csproj").Any();

            var sources = SourceTree.Files(folder, SourceTree.IsCSharp, DescendInto).ToList();
            var endpointFiles = SourceTree.Files(folder, IsEndpointFile, DescendInto).ToList();
            var projectId = ProjectId.CreateNewId(name);
            var info = ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    name,
                    name,
                    LanguageNames.CSharp,
                    filePath: Path.Combine(folder, name + ".csproj"),
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: ReferenceAssemblies.NetCore)
                .WithDefaultNamespace(name);
            var solution = workspace.CurrentSolution.AddProject(info);
            foreach (var file in sources)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(file), Read(file), Folders(folder, file), file);
            }

            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), ImplicitUsingsFileName, SourceText.From(ImplicitUsings, Encoding.UTF8), filePath: Path.Combine(folder, "obj", ImplicitUsingsFileName));
            foreach (var file in endpointFiles)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(file), Read(file), filePath: file);
            }

            foreach (var file in EditorConfigsAbove(folder).Concat(SourceTree.Files(folder, f => Path.GetFileName(f) == ".editorconfig", DescendInto)))
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", Read(file), filePath: file);
            }

            if (!workspace.TryApplyChanges(solution))
            {
                throw new InvalidOperationException($"could not make a project of the sources in '{folder}'");
            }

            return workspace.CurrentSolution.GetProject(projectId)!;
        }

        private static bool IsEndpointFile(string path)
        {
            var name = Path.GetFileName(path);
            return name.Equals("feishu-endpoints.txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".feishu-endpoints.txt", StringComparison.OrdinalIgnoreCase);
        }

        private static IEnumerable<string> EditorConfigsAbove(string folder)
        {
            var found = new List<string>();
            for (var parent = Path.GetDirectoryName(folder); parent != null; parent = Path.GetDirectoryName(parent))
            {
                var file = Path.Combine(parent, ".editorconfig");
                if (File.Exists(file))
                {
                    found.Add(file);
                }
            }

            found.Reverse();
            return found;
        }

        private static IEnumerable<string> Folders(string root, string file) =>
            Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar).Where(f => f != ".");

        private static SourceText Read(string file)
        {
            using var stream = File.OpenRead(file);
            return SourceText.From(stream, Encoding.UTF8);
        }
    }
}
