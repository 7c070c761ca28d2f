using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FeishuUatAnalyzer.Tests.Infrastructure
{
    /// <summary>Runs <see cref="AccessTokenKindAnalyzer"/> over sources with markup (<c>{|FSUAT001:Name|}</c>) against .NET 8 and the library stand-ins.</summary>
    internal static class AnalyzerVerifier
    {
        static AnalyzerVerifier() => AccessTokenKindAnalyzer.RethrowFailures = true;

        public static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var test = await CreateAsync(source);
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }

        public static async Task<CSharpAnalyzerTest<AccessTokenKindAnalyzer, DefaultVerifier>> CreateAsync(string source)
        {
            var test = new CSharpAnalyzerTest<AccessTokenKindAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestLibraries.ReferenceAssemblies,
            };
            test.TestState.AdditionalReferences.Add(await TestLibraries.StubsAsync());
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
                return solution.WithProjectCompilationOptions(projectId, options)
                    .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
            });
            return test;
        }

        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, Descriptor(id).DefaultSeverity);

        private static DiagnosticDescriptor Descriptor(string id) => FeishuUatAnalyzer.Rules.Descriptors.ById[id];
    }
}
