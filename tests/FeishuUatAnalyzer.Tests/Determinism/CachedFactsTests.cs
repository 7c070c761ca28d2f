using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tokens;
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
            var run = await AnalysisRun.OfAsync(Source);

            var firstVerdict = run.ClassifyInitializer("Use", first);
            var secondVerdict = run.ClassifyInitializer("Use", second);
            var tenant = run.ClassifyInitializer("Use", "t");

            Assert.Equal(TokenKind.Tenant, tenant.Kind);
            Assert.Equal(firstVerdict.Kind, secondVerdict.Kind);
            var cached = run.Session.Store<ReturnedTokens.Store>().Summaries.Keys.Select(method => method.Name).OrderBy(name => name).ToArray();
            Assert.Equal(new[] { "Tenant" }, cached);
        }
    }
}
