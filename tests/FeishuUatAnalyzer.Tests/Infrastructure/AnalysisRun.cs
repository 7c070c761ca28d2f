using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Infrastructure
{
    /// <summary>
    /// One source file compiled against .NET 8 and the library stand-ins, with one analysis session over it: for tests
    /// that read the evaluators and summaries directly rather than through the analyzer's diagnostics.
    /// </summary>
    internal sealed class AnalysisRun
    {
        private readonly SyntaxTree _tree;
        private readonly SemanticModel _model;

        private AnalysisRun(Compilation compilation)
        {
            _tree = compilation.SyntaxTrees.Single();
            _model = compilation.GetSemanticModel(_tree);
            Session = new AnalysisSession(compilation, EndpointCatalogue.Default, TokenNameRules.Default, FeishuUatAnalyzer.Sites.TokenEndpointCalls.Read);
        }

        public AnalysisSession Session { get; }

        /// <summary>Compiles <paramref name="source"/> (it must compile without errors).</summary>
        public static async Task<AnalysisRun> OfAsync(string source)
        {
            var compilation = await TestLibraries.CompileAsync("Run", ("Run.cs", source));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return new AnalysisRun(compilation);
        }

        /// <summary>A fresh walk over the shared session, as one analyzer callback makes.</summary>
        public Tracer NewTracer() => new Tracer(Session, CancellationToken.None);

        public IMethodSymbol Symbol(string method) => (IMethodSymbol)_model.GetDeclaredSymbol(Method(method))!;

        /// <summary>The method's body as the outermost context (its parameters unbound).</summary>
        public CallContext Context(string method) => CallContext.Unbound(_model.GetOperation(Method(method))!, Symbol(method));

        /// <summary>The initializer of a local declared in the method.</summary>
        public IOperation Initializer(string method, string local)
        {
            var declarator = Method(method).DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == local);
            return _model.GetOperation(declarator.Initializer!.Value)!;
        }

        /// <summary>The local as the method's last call reads it (an argument <c>Use(..., local, ...)</c>).</summary>
        public IOperation LastUse(string method, string local)
        {
            var use = Method(method).DescendantNodes().OfType<InvocationExpressionSyntax>().Last();
            var argument = use.ArgumentList.Arguments.Single(a => a.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == local);
            return _model.GetOperation(argument.Expression)!;
        }

        /// <summary>The kind of token a local's initializer holds, judged in its method.</summary>
        public TokenVerdict ClassifyInitializer(string method, string local) =>
            TokenClassifier.Classify(Initializer(method, local), Context(method), NewTracer(), 0);

        private MethodDeclarationSyntax Method(string name) =>
            _tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name);
    }
}
