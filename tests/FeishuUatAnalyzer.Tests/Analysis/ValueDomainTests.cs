using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tokens;
using FeishuUatAnalyzer.Urls;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Analysis
{
    /// <summary>
    /// The one evaluator, read directly in each of its domains: the same paths (a local assigned in two places, a
    /// parameter, a field) joined as each domain says: a URL is one of its paths' URLs (the judge asks each), verbs must agree, a token is a user token if any path is.
    /// </summary>
    public sealed class ValueDomainTests
    {
        private const string Source = """
            using System.Net.Http;

            class Values
            {
                private string _field = "/open-apis/vc/v1/rooms";

                void Urls(bool flag, string path)
                {
                    var same = "/open-apis/vc/v1/rooms";
                    if (flag) same = "/open-apis/vc/v1/rooms";

                    var differ = "/open-apis/vc/v1/rooms";
                    if (flag) differ = "/open-apis/vc/v1/room_levels";

                    var withParameter = "/open-apis/vc/v1/rooms";
                    if (flag) withParameter = path;

                    var concatenated = "/open-apis/vc/v1/rooms/" + path;
                    var fromField = _field;

                    Use(same, differ, withParameter, concatenated, fromField);
                }

                void Verbs(bool flag, HttpMethod method)
                {
                    var post = HttpMethod.Post;
                    var created = new HttpMethod("patch");
                    var differ = HttpMethod.Get;
                    if (flag) differ = HttpMethod.Delete;
                    var withParameter = HttpMethod.Get;
                    if (flag) withParameter = method;

                    Use(post, created, differ, withParameter);
                }

                void Tokens(bool flag, string token)
                {
                    var userOnOnePath = "t-1";
                    if (flag) userOnOnePath = "u-2";

                    var tenantAndApp = "t-1";
                    if (flag) tenantAndApp = "a-2";

                    var callersDecide = "t-1";
                    if (flag) callersDecide = token;

                    Use(userOnOnePath, tenantAndApp, callersDecide);
                }

                static void Use(params object[] values) { }
            }
            """;

        [Theory]
        [InlineData("Urls", "same", "/open-apis/vc/v1/rooms")]
        [InlineData("Urls", "differ", "one of: /open-apis/vc/v1/rooms | /open-apis/vc/v1/room_levels")]
        [InlineData("Urls", "withParameter", "param:{?}")]
        [InlineData("Urls", "concatenated", "param:/open-apis/vc/v1/rooms/{?}")]
        [InlineData("Urls", "fromField", "/open-apis/vc/v1/rooms")]
        public async Task UrlPathsAreAlternatives(string method, string local, string expected)
        {
            var run = await AnalysisRun.OfAsync(Source);

            var url = UrlEvaluator.Evaluate(run.LastUse(method, local), run.Context(method), run.NewTracer());

            Assert.Equal(expected, Describe(url));
        }

        [Theory]
        [InlineData("post", "POST", false)]
        [InlineData("created", "PATCH", false)]
        [InlineData("differ", null, false)]
        [InlineData("withParameter", null, true)]
        public async Task VerbPathsMustAgree(string local, string? expected, bool dependsOnParameter)
        {
            var run = await AnalysisRun.OfAsync(Source);

            var verb = HttpVerb.Evaluate(run.LastUse("Verbs", local), run.Context("Verbs"), run.NewTracer());

            Assert.Equal(expected, verb.Method);
            Assert.Equal(dependsOnParameter, verb.DependsOnParameter);
        }

        [Theory]
        [InlineData("userOnOnePath", "User")]
        [InlineData("tenantAndApp", "Unknown")]
        [InlineData("callersDecide", "Deferred")]
        public async Task TokenPathsAllCount(string local, string expected)
        {
            var run = await AnalysisRun.OfAsync(Source);

            var verdict = TokenClassifier.Classify(run.LastUse("Tokens", local), run.Context("Tokens"), run.NewTracer(), 0);

            Assert.Equal(expected, verdict.Kind.ToString());
        }

        /// <summary>The URL's text ({?} for a part not known), marked when a parameter's callers decide that part.</summary>
        private static string Describe(UrlValue url) => (url.DependsOnParameter ? "param:" : "") + url;
    }
}
