using System.Text;
using System.Threading.Tasks;
using FeishuUatAnalyzer.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Runs <see cref="UseTenantTokenCodeFixProvider"/> on sources with markup (<c>{|FSUAT001:Name|}</c>) against .NET 8 and
    /// the library stand-ins: the fixed code must be the expected one, compile, and Fix All must give the same result.
    /// </summary>
    internal static class CodeFixVerifier
    {
        static CodeFixVerifier() => AccessTokenKindAnalyzer.RethrowFailures = true;

        /// <summary>The fix on one document; <paramref name="provider"/> is the expected FeishuTenantTokenProvider.cs, if the fix adds it.</summary>
        public static async Task VerifyAsync(string source, string fixedSource, string? provider = null, LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            var test = await CreateAsync(languageVersion);
            test.TestState.Sources.Add(source);
            test.FixedState.Sources.Add(fixedSource);
            if (provider != null)
            {
                test.FixedState.Sources.Add((ProviderPath, SourceText.From(provider, Encoding.UTF8)));
            }

            await test.RunAsync();
        }

        /// <summary>The fix on several documents (Fix All in project and solution adds the provider once).</summary>
        public static async Task VerifyAsync(string[] sources, string[] fixedSources, string? provider = null, int? iterations = null)
        {
            var test = await CreateAsync(LanguageVersion.Latest);
            for (var i = 0; i < sources.Length; i++)
            {
                test.TestState.Sources.Add(("/0/Test" + i + ".cs", sources[i]));
                test.FixedState.Sources.Add(("/0/Test" + i + ".cs", fixedSources[i]));
            }

            if (provider != null)
            {
                test.FixedState.Sources.Add((ProviderPath, SourceText.From(provider, Encoding.UTF8)));
            }

            if (iterations != null)
            {
                // One fix per document one at a time, and per document for Fix All in document; Fix All in project
                // and solution does everything (the provider file once) in one pass.
                test.NumberOfIncrementalIterations = iterations;
                test.NumberOfFixAllInDocumentIterations = iterations;
                test.NumberOfFixAllIterations = 1;
            }

            await test.RunAsync();
        }

        /// <summary>The fix must not be offered: the fixed state is the source itself.</summary>
        public static async Task VerifyNoFixAsync(string source)
        {
            var test = await CreateAsync(LanguageVersion.Latest);
            test.TestState.Sources.Add(source);
            test.FixedState.Sources.Add(source);
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            await test.RunAsync();
        }

        public const string ProviderPath = "/0/FeishuTenantTokenProvider.cs";

        /// <summary>The provider file as the fix writes it for this test project (global namespace, nullable annotations, System.Text.Json).</summary>
        public static string Provider(bool nullable = true, bool systemTextJson = true) =>
            ProviderSource.Build(null, new ProviderFeatures(nullable, systemTextJson, httpJson: systemTextJson, nullableTypeParameters: nullable), "\n", ProviderLayout.NewFile);

        public static async Task<Test> CreateAsync(LanguageVersion languageVersion)
        {
            var test = new Test
            {
                ReferenceAssemblies = Infrastructure.TestLibraries.ReferenceAssemblies,
                CodeFixTestBehaviors = CodeFixTestBehaviors.None,
            };
            var stubs = await Infrastructure.TestLibraries.StubsAsync();
            test.TestState.AdditionalReferences.Add(stubs);
            test.FixedState.AdditionalReferences.Add(stubs);
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(
                    languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);
                return solution.WithProjectCompilationOptions(projectId, options)
                    .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(languageVersion));
            });
            return test;
        }

        internal sealed class Test : CSharpCodeFixTest<AccessTokenKindAnalyzer, UseTenantTokenCodeFixProvider, DefaultVerifier>
        {
        }
    }
}
