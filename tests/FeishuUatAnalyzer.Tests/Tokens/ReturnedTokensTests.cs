using System.Linq;
using System.Text;
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

namespace FeishuUatAnalyzer.Tests.Tokens
{
    /// <summary>
    /// The summaries of what methods return as tokens, read directly: computed from the method's own body, with holes
    /// for the parameters it returns, filled per call with that call's arguments; cached only when whole.
    /// </summary>
    public sealed class ReturnedTokensTests
    {
        private const string Helpers = """
            class Helpers
            {
                static string Opaque() => System.Guid.NewGuid().ToString();

                static string Pass(string token) => token;
                static string Either(string first, string second) => first ?? second;
                static string OrTenant(string token) => token ?? "t-fixed";
                static string Named(string token) { var userToken = token; return userToken; }
                static string Outer(string token) => Middle(token);
                static string Middle(string token) => Pass(token);

                void Calls()
                {
                    var passUser = Pass("u-1");
                    var passTenant = Pass("t-1");
                    var eitherUser = Either("t-1", "u-2");
                    var eitherTenant = Either("t-1", "t-2");
                    var orTenantTenant = OrTenant("t-3");
                    var orTenantOpaque = OrTenant(Opaque());
                    var namedOpaque = Named(Opaque());
                    var namedTenant = Named("t-4");
                    var outerUser = Outer("u-5");
                    var outerTenant = Outer("t-5");
                }
            }
            """;

        [Theory]
        [InlineData("passUser", "User")]
        [InlineData("passTenant", "Tenant")]
        [InlineData("eitherUser", "User")]
        [InlineData("eitherTenant", "Tenant")]
        [InlineData("orTenantTenant", "Tenant")]
        [InlineData("orTenantOpaque", "Unknown")]
        [InlineData("namedOpaque", "User")]
        [InlineData("namedTenant", "Tenant")]
        [InlineData("outerUser", "User")]
        [InlineData("outerTenant", "Tenant")]
        public async Task HolesAreFilledWithEachCallsArguments(string local, string expected)
        {
            var run = await Run.OfAsync(Helpers);

            Assert.Equal(expected, run.ClassifyLocal("Calls", local).Kind.ToString());
        }

        [Fact]
        public async Task ASummaryNamesEveryParameterItLeavesOpenAndWhatItDecidesItself()
        {
            var run = await Run.OfAsync(Helpers);

            var either = run.Summary("Either");
            Assert.Equal(TokenKind.Deferred, either.Kind);
            Assert.Equal(new[] { "first", "second" }, either.Holes.Select(hole => hole.Parameter.Name).ToArray());
            Assert.Equal(TokenKind.None, either.Own.Kind);

            var orTenant = run.Summary("OrTenant");
            Assert.Equal(new[] { "token" }, orTenant.Holes.Select(hole => hole.Parameter.Name).ToArray());
            Assert.Equal(TokenKind.Tenant, orTenant.Own.Kind);

            // The name of the local the parameter flows into is the fallback, not the answer: the callers decide first.
            var named = run.Summary("Named");
            Assert.Equal(TokenKind.Deferred, named.Kind);
            Assert.Equal(TokenKind.User, named.Holes.Single().Fallback?.Kind);

            // A parameter returned through two helpers is still the outer method's own parameter.
            Assert.Equal("Outer", run.Summary("Outer").Holes.Single().Parameter.ContainingSymbol.Name);
        }

        [Fact]
        public async Task OneSummaryServesEveryCallerAndIsTheSameWhoeverAsksFirst()
        {
            var fromCalls = await Run.OfAsync(Helpers);
            fromCalls.ClassifyLocal("Calls", "outerUser");
            fromCalls.ClassifyLocal("Calls", "outerTenant");

            var direct = await Run.OfAsync(Helpers);
            var pass = direct.Summary("Pass");

            Assert.Equal(new[] { "Middle", "Outer", "Pass" }, fromCalls.CachedNames());
            Assert.Equal(Describe(pass), Describe(fromCalls.Cached("Pass")));
            Assert.Equal(Describe(direct.Summary("Outer")), Describe(fromCalls.Cached("Outer")));
            Assert.Equal("Deferred; own None; holes Outer.token", Describe(fromCalls.Cached("Outer")));
        }

        [Theory]
        [InlineData(20, true)]
        [InlineData(40, false)]
        public async Task ASummaryCutByTheDepthLimitIsUsedButNeverCached(int locals, bool whole)
        {
            // return t40, where t40 = t39 ... t0 = "u-0": one value hop per local.
            var body = new StringBuilder("var t0 = \"u-0\";");
            for (var i = 1; i <= locals; i++)
            {
                body.Append($" var t{i} = t{i - 1};");
            }

            var run = await Run.OfAsync($$"""
                class Deep
                {
                    static string Chain() { {{body}} return t{{locals}}; }

                    void Calls() { var token = Chain(); }
                }
                """);

            var verdict = run.ClassifyLocal("Calls", "token");

            // Past the depth limit the walk is cut and resumes from where it stopped: the answer is still found, but
            // it depends on where the walk started, so it is not kept.
            Assert.Equal(TokenKind.User, verdict.Kind);
            Assert.Equal(whole ? new[] { "Chain" } : new string[0], run.CachedNames());
        }

        [Fact]
        public async Task AnAnswerReadThroughNestedConditionalAccessKeepsItsOriginAndIsCached()
        {
            var run = await Run.OfAsync("""
                using System.Net.Http;
                using System.Net.Http.Json;
                using System.Threading.Tasks;

                class Answer { public Data? data { get; set; } }
                class Data { public string? access_token { get; set; } }

                class Auth
                {
                    private readonly HttpClient _http = new HttpClient();

                    async Task<string> Refresh()
                    {
                        var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v1/oidc/refresh_access_token", new { grant_type = "refresh_token" });
                        var answer = await response.Content.ReadFromJsonAsync<Answer>();
                        return answer?.data?.access_token ?? "";
                    }
                }
                """);

            var summary = run.Summary("Refresh");

            Assert.Equal(TokenKind.User, summary.Kind);
            Assert.Equal(EvidenceKind.OriginEndpoint, summary.Evidence.Kind);
            Assert.Equal(new[] { "Refresh" }, run.CachedNames());
        }

        /// <summary>A summary in words, comparable across compilations.</summary>
        private static string Describe(TokenVerdict verdict) =>
            $"{verdict.Kind}; own {verdict.Own.Kind}; holes {string.Join(", ", verdict.Holes.Select(hole => hole.Parameter.ContainingSymbol.Name + "." + hole.Parameter.Name + (hole.Fallback is null ? "" : " or " + hole.Fallback.Kind)))}";

        /// <summary>One compilation and one analysis session over it.</summary>
        private sealed class Run
        {
            private readonly SyntaxTree _tree;
            private readonly SemanticModel _model;
            private readonly AnalysisSession _session;

            private Run(SyntaxTree tree, SemanticModel model, AnalysisSession session)
            {
                _tree = tree;
                _model = model;
                _session = session;
            }

            public static async Task<Run> OfAsync(string source)
            {
                var tree = CSharpSyntaxTree.ParseText(source);
                var compilation = CSharpCompilation.Create("T", new[] { tree }, await TestLibraries.FrameworkAsync(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                var session = new AnalysisSession(compilation, EndpointCatalogue.Default, TokenNameRules.Default, FeishuUatAnalyzer.Sites.TokenEndpointCalls.Read);
                return new Run(tree, compilation.GetSemanticModel(tree), session);
            }

            public TokenVerdict ClassifyLocal(string methodName, string local)
            {
                var method = Method(methodName);
                var root = _model.GetOperation(method)!;
                var declarator = method.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == local);
                var value = _model.GetOperation(declarator.Initializer!.Value)!;
                return TokenClassifier.Classify(value, CallContext.Unbound(root, _model.GetDeclaredSymbol(method)), NewTracer(), 0);
            }

            public TokenVerdict Summary(string methodName) => ReturnedTokens.SummaryOf(_model.GetDeclaredSymbol(Method(methodName))!, NewTracer());

            public TokenVerdict Cached(string methodName) => _session.Store<ReturnedTokens.Store>().Summaries[_model.GetDeclaredSymbol(Method(methodName))!];

            public string[] CachedNames() => _session.Store<ReturnedTokens.Store>().Summaries.Keys.Select(method => method.Name).OrderBy(name => name).ToArray();

            private Tracer NewTracer() => new Tracer(_session, CancellationToken.None);

            private MethodDeclarationSyntax Method(string name) =>
                _tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name);
        }
    }
}
