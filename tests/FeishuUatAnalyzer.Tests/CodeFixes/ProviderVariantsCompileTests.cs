using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Every variant of the generated provider compiles, without a warning, in the consumers it is written for:
    /// C# 7.3 on netstandard2.0 and .NET Framework 4.8 (no System.Text.Json, no System.Net.Http.Json, no nullable
    /// annotations), C# 8/9 and the latest C# on .NET 8 with nullable enabled, in each layout the fix writes.
    /// </summary>
    public sealed class ProviderVariantsCompileTests
    {
        public static IEnumerable<object[]> Variants()
        {
            foreach (var framework in new[] { "netstandard2.0", "net48", "net8.0" })
            {
                foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.Latest })
                {
                    foreach (var layout in new[] { ProviderLayout.NewFile, ProviderLayout.NewFileFileScoped, ProviderLayout.AppendedBlock, ProviderLayout.AppendedToFileScoped })
                    {
                        var fileScoped = layout == ProviderLayout.NewFileFileScoped || layout == ProviderLayout.AppendedToFileScoped;
                        if (fileScoped && version != LanguageVersion.Latest)
                        {
                            continue;
                        }

                        yield return new object[] { framework, version.ToDisplayString(), layout.ToString() };
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(Variants))]
        public async Task CompilesWithoutWarnings(string framework, string languageVersion, string layoutName)
        {
            LanguageVersionFacts.TryParse(languageVersion, out var version);
            var layout = (ProviderLayout)System.Enum.Parse(typeof(ProviderLayout), layoutName);
            var references = await ReferencesAsync(framework);
            var parse = new CSharpParseOptions(version);
            var nullable = version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
            var features = ProviderFeatures.Of(version, CSharpCompilation.Create("Probe", null, references));
            Assert.Equal(framework == "net8.0", features.SystemTextJson);

            string text;
            switch (layout)
            {
                case ProviderLayout.AppendedBlock:
                    text = "using System;\n\nnamespace Consumer.Rooms\n{\n    public class Room { }\n}\n\n" + ProviderSource.Build("Consumer", features, "\n", layout);
                    break;
                case ProviderLayout.AppendedToFileScoped:
                    // A file of its own with names that the provider's types would clash with if it added using directives.
                    text = "using Newtonsoft;\n\nnamespace Consumer.Rooms;\n\npublic class Room { }\n\n" + ProviderSource.Build("Consumer.Rooms", features, "\n", layout);
                    break;
                default:
                    text = ProviderSource.Build("Consumer", features, "\n", layout);
                    break;
            }

            var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(text, parse, "Provider.cs") };
            if (layout == ProviderLayout.AppendedToFileScoped)
            {
                trees.Add(CSharpSyntaxTree.ParseText("namespace Newtonsoft { public class JsonSerializerOptions { } public class Task { } public class Regex { } }", parse, "Clash.cs"));
            }

            var compilation = CSharpCompilation.Create(
                "Consumer",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, warningLevel: 9999));
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + text);
            if (features.HttpJson)
            {
                Assert.Contains("ReadFromJsonAsync<T>", text);
            }
        }

        internal static async Task<ImmutableArray<MetadataReference>> ReferencesAsync(string framework)
        {
            // netstandard2.0 and net48 from the packages the test project downloads at restore (see its project file).
            switch (framework)
            {
                case "netstandard2.0":
                    return FromPackage("netstandard.library", "2.0.3", "build/netstandard2.0/ref", "*.dll");
                case "net48":
                    return FromPackage("microsoft.netframework.referenceassemblies.net48", "1.0.3", "build/.NETFramework/v4.8", "mscorlib.dll", "System.dll", "System.Core.dll", "System.Net.Http.dll");
                default:
                    return await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            }
        }

        private static ImmutableArray<MetadataReference> FromPackage(string id, string version, string folder, params string[] patterns)
        {
            var root = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(root))
            {
                root = System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }

            var directory = System.IO.Path.Combine(root, id, version, folder);
            return patterns
                .SelectMany(pattern => System.IO.Directory.GetFiles(directory, pattern))
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
