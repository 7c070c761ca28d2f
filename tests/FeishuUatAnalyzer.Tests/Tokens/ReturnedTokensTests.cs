using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tokens;
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
            var run = await AnalysisRun.OfAsync(Helpers);

            Assert.Equal(expected, run.ClassifyInitializer("Calls", local).Kind.ToString());
        }

        [Fact]
        public async Task ASummaryNamesEveryParameterItLeavesOpenAndWhatItDecidesItself()
        {
            var run = await AnalysisRun.OfAsync(Helpers);

            var either = Summary(run, "Either");
            Assert.Equal(TokenKind.Deferred, either.Kind);
            Assert.Equal(new[] { "first", "second" }, either.Holes.Select(hole => hole.Parameter.Name).ToArray());
            Assert.Equal(TokenKind.None, either.Own.Kind);

            var orTenant = Summary(run, "OrTenant");
            Assert.Equal(new[] { "token" }, orTenant.Holes.Select(hole => hole.Parameter.Name).ToArray());
            Assert.Equal(TokenKind.Tenant, orTenant.Own.Kind);

            // The name of the local the parameter flows into is the fallback, not the answer: the callers decide first.
            var named = Summary(run, "Named");
            Assert.Equal(TokenKind.Deferred, named.Kind);
            Assert.Equal(TokenKind.User, named.Holes.Single().Fallback?.Kind);

            // A parameter returned through two helpers is still the outer method's own parameter.
            Assert.Equal("Outer", Summary(run, "Outer").Holes.Single().Parameter.ContainingSymbol.Name);
        }

        [Fact]
        public async Task OneSummaryServesEveryCallerAndIsTheSameWhoeverAsksFirst()
        {
            var fromCalls = await AnalysisRun.OfAsync(Helpers);
            fromCalls.ClassifyInitializer("Calls", "outerUser");
            fromCalls.ClassifyInitializer("Calls", "outerTenant");

            var direct = await AnalysisRun.OfAsync(Helpers);
            var pass = Summary(direct, "Pass");

            Assert.Equal(new[] { "Middle", "Outer", "Pass" }, CachedNames(fromCalls));
            Assert.Equal(Describe(pass), Describe(Cached(fromCalls, "Pass")));
            Assert.Equal(Describe(Summary(direct, "Outer")), Describe(Cached(fromCalls, "Outer")));
            Assert.Equal("Deferred; own None; holes Outer.token", Describe(Cached(fromCalls, "Outer")));
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

            var run = await AnalysisRun.OfAsync($$"""
                class Deep
                {
                    static string Chain() { {{body}} return t{{locals}}; }

                    void Calls() { var token = Chain(); }
                }
                """);

            var verdict = run.ClassifyInitializer("Calls", "token");

            // Past the depth limit the walk is cut and resumes from where it stopped: the answer is still found, but
            // it depends on where the walk started, so it is not kept.
            Assert.Equal(TokenKind.User, verdict.Kind);
            Assert.Equal(whole ? new[] { "Chain" } : new string[0], CachedNames(run));
        }

        [Fact]
        public async Task AnAnswerReadThroughNestedConditionalAccessKeepsItsOriginAndIsCached()
        {
            var run = await AnalysisRun.OfAsync("""
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

            var summary = Summary(run, "Refresh");

            Assert.Equal(TokenKind.User, summary.Kind);
            Assert.Equal(EvidenceKind.OriginEndpoint, summary.Evidence.Kind);
            Assert.Equal(new[] { "Refresh" }, CachedNames(run));
        }

        private static TokenVerdict Summary(AnalysisRun run, string method) => ReturnedTokens.SummaryOf(run.Symbol(method), run.NewTracer());

        private static TokenVerdict Cached(AnalysisRun run, string method) => run.Session.Store<ReturnedTokens.Store>().Summaries[run.Symbol(method)];

        private static string[] CachedNames(AnalysisRun run) => run.Session.Store<ReturnedTokens.Store>().Summaries.Keys.Select(method => method.Name).OrderBy(name => name).ToArray();

        /// <summary>A summary in words, comparable across compilations.</summary>
        private static string Describe(TokenVerdict verdict) =>
            $"{verdict.Kind}; own {verdict.Own.Kind}; holes {string.Join(", ", verdict.Holes.Select(hole => hole.Parameter.ContainingSymbol.Name + "." + hole.Parameter.Name + (hole.Fallback is null ? "" : " or " + hole.Fallback.Kind)))}";
    }
}
