using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace FeishuUatAnalyzer.Tests.Infrastructure
{
    /// <summary>
    /// The libraries the tests call (RestSharp, Flurl, Refit, FeishuNetSdk...), as stand-ins compiled once
    /// into an assembly that the test sources see as metadata, as they would see the real packages.
    /// </summary>
    internal static class TestLibraries
    {
        public static readonly ReferenceAssemblies ReferenceAssemblies = ReferenceAssemblies.Net.Net80;

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Framework =
            new Lazy<Task<ImmutableArray<MetadataReference>>>(() => ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

        private static readonly Lazy<Task<MetadataReference>> Stubs = new Lazy<Task<MetadataReference>>(BuildStubsAsync);

        public static Task<ImmutableArray<MetadataReference>> FrameworkAsync() => Framework.Value;

        public static Task<MetadataReference> StubsAsync() => Stubs.Value;

        /// <summary>A library compiled from <paramref name="sources"/> (path, text) against .NET 8 and the stand-ins, nullable enabled.</summary>
        public static async Task<CSharpCompilation> CompileAsync(string assemblyName, params (string Path, string Text)[] sources) =>
            CSharpCompilation.Create(
                assemblyName,
                sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, path: source.Path)),
                (await FrameworkAsync()).Add(await StubsAsync()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        private static async Task<MetadataReference> BuildStubsAsync()
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "Stubs");
            var trees = Directory.GetFiles(directory, "*.cs")
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path));
            return Emit("TestLibraries", trees, await FrameworkAsync());
        }

        /// <summary>A library compiled from <paramref name="trees"/> into an in-memory metadata reference (it must compile).</summary>
        public static MetadataReference Emit(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references)
        {
            var compilation = CSharpCompilation.Create(
                assemblyName,
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException($"The stand-ins of {assemblyName} do not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(stream.ToArray());
        }
    }
}
