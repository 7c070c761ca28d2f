using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Determinism
{
    /// <summary>
    /// What a method returns is cached for the compilation only when the walk that found it was whole: a result cut by
    /// recursion depends on who asked first, so it is used and never kept; either side of a cycle gives the same answer.
    /// </summary>
    public sealed class CachedFactsTests
    {
        private const string Source = """
            class Tokens
            {
                string TokenA(int n) => n > 0 ? TokenB(n - 1) : "u-abc";
                string TokenB(int n) => n > 0 ? TokenA(n - 1) : "t-abc";
                string Tenant() => "t-xyz";

                void Use()
                {
                    var a = TokenA(2);
                    var b = TokenB(2);
                    var t = Tenant();
                }
            }
            """;

        [Theory]
        [InlineData("a", "b")]
        [InlineData("b", "a")]
        public async Task CutResultsAreNotCachedAndBothSidesOfACycleAgree(string first, string second)
        {
            var (session, classify) = await SetUpAsync();

            var firstVerdict = classify(first);
            var secondVerdict = classify(second);
            var tenant = classify("t");

            Assert.Equal(TokenKind.Tenant, tenant.Kind);
            Assert.Equal(firstVerdict.Kind, secondVerdict.Kind);
            var cached = session.Store<ReturnedTokens.Store>().Summaries.Keys.Select(method => method.Name).OrderBy(name => name).ToArray();
            Assert.Equal(new[] { "Tenant" }, cached);
        }

        private static async Task<(AnalysisSession Session, System.Func<string, TokenVerdict> Classify)> SetUpAsync()
        {
            var tree = CSharpSyntaxTree.ParseText(Source);
            var compilation = CSharpCompilation.Create("T", new[] { tree }, await TestLibraries.FrameworkAsync(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var model = compilation.GetSemanticModel(tree);
            var use = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Use");
            var root = model.GetOperation(use)!;
            var method = model.GetDeclaredSymbol(use);
            var session = new AnalysisSession(compilation, EndpointCatalogue.Default, TokenNameRules.Default, FeishuUatAnalyzer.Sites.TokenEndpointCalls.Read);
            TokenVerdict Classify(string local)
            {
                var declarator = use.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == local);
                var value = model.GetOperation(declarator.Initializer!.Value)!;
                return TokenClassifier.Classify(value, CallContext.Unbound(root, method), new Tracer(session, CancellationToken.None), 0);
            }

            return (session, Classify);
        }
    }
}
