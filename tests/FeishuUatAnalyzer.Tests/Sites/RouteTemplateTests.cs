using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>
    /// A declared route names one endpoint: a route parameter the code does not fix is that endpoint's parameter segment
    /// (items/{itemId} is items/:item_id), not a wildcard that also reaches its literal siblings (items/export).
    /// </summary>
    public sealed class RouteTemplateTests
    {
        // items/:item_id takes only user tokens; its sibling items/export only tenant tokens.
        private const string Endpoints = """
            GET /open-apis/custom/v1/items/:item_id user
            GET /open-apis/custom/v1/items/export tenant
            """;

        private const string Source = """
            using System.Threading.Tasks;
            using Refit;

            public interface IItems
            {
                [Get("/open-apis/custom/v1/items/{itemId}")]
                Task<string> GetItem(string itemId, [Authorize("Bearer")] string accessToken);
            }

            public sealed class Reader
            {
                private readonly IItems _items;

                public Reader(IItems items) => _items = items;

                public Task<string> ReadAsync(string itemId) => _items.CALL;
            }
            """;

        [Fact]
        public Task ARouteParameterIsTheParameterSegment() =>
            RunAsync(Source.Replace("CALL", "{|FSUAT005:GetItem|}(itemId, \"t-tenant\")"));

        [Fact]
        public Task ALiteralArgumentStillNamesItsOwnEndpoint() =>
            RunAsync(Source.Replace("CALL", "GetItem(\"export\", \"t-tenant\")"));

        [Fact]
        public Task AUserTokenOnTheParameterEndpointIsRight() =>
            RunAsync(Source.Replace("CALL", "GetItem(itemId, \"u-user\")"));

        private static async Task RunAsync(string source)
        {
            var test = await CreateAsync(source);
            test.TestState.AdditionalFiles.Add(("feishu-endpoints.txt", Endpoints));
            await test.RunAsync();
        }
    }
}
