using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Analysis
{
    /// <summary>
    /// The analysis is a one-way pipeline: a stage (a folder of src/FeishuUatAnalyzer) may use the stages before it,
    /// never a later one. Checked on the source with the compiler's own binding, so that a qualified name
    /// (<c>Sites.MethodSummary</c>) counts as much as a using directive.
    /// </summary>
    public sealed class PipelineLayeringTests
    {
        /// <summary>The order of the stages; folders of one stage (the value evaluators) may use each other.</summary>
        private static readonly Dictionary<string, int> Stages = new Dictionary<string, int>
        {
            ["Catalogue"] = 0,
            ["Symbols"] = 1,
            ["Analysis"] = 2,
            ["Urls"] = 2,
            ["Tokens"] = 2,
            ["Sites"] = 3,
            ["Rules"] = 4,
            ["Configuration"] = 5,
            ["Pipeline"] = 5,
        };

        [Fact]
        public async Task NoStageUsesALaterOne()
        {
            var violations = await ViolationsAsync();

            Assert.True(violations.Count == 0, "later stages used:\n" + string.Join("\n", violations));
        }

        private static async Task<List<string>> ViolationsAsync()
        {
            var source = Path.Combine(RepositoryPaths.Root, "src", "FeishuUatAnalyzer");
            var files = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToArray();
            var trees = files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path: path)).ToArray();
            var references = (await TestLibraries.FrameworkAsync())
                .Add(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
                .Add(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location));
            var compilation = CSharpCompilation.Create("Layering", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            var violations = new List<string>();
            foreach (var tree in trees)
            {
                var folder = StageFolder(Path.GetRelativePath(source, tree.FilePath));
                if (folder is null)
                {
                    continue;
                }

                var model = compilation.GetSemanticModel(tree);
                foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name).Symbol;
                    var used = symbol is null ? null : UsedStage(symbol);
                    if (used != null && Stages[used] > Stages[folder])
                    {
                        var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        violations.Add($"{folder}/{Path.GetFileName(tree.FilePath)}:{line} uses {used} ({symbol!.ToDisplayString()})");
                    }
                }
            }

            return violations.Distinct().ToList();
        }

        private static string? StageFolder(string relativePath)
        {
            var separator = relativePath.IndexOfAny(new[] { '/', '\\' });
            return separator < 0 ? null : Stages.ContainsKey(relativePath.Substring(0, separator)) ? relativePath.Substring(0, separator) : null;
        }

        /// <summary>The stage a symbol of the analyzer belongs to, by its namespace (FeishuUatAnalyzer.Sites...).</summary>
        private static string? UsedStage(ISymbol symbol)
        {
            var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
            var ns = (type?.OriginalDefinition.ContainingNamespace ?? symbol as INamespaceSymbol)?.ToDisplayString();
            if (ns is null || !ns.StartsWith("FeishuUatAnalyzer.", System.StringComparison.Ordinal))
            {
                return null;
            }

            var stage = ns.Substring("FeishuUatAnalyzer.".Length).Split('.')[0];
            return Stages.ContainsKey(stage) ? stage : null;
        }
    }
}
