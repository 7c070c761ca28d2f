using System.Collections.Generic;
using System.Linq;
using FeishuUatAnalyzer.Catalogue;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Catalogue
{
    public sealed class EndpointCatalogueTests
    {
        private static List<Endpoint> Match(string method, string path, bool openTail = false) =>
            EndpointCatalogue.Default.Match(path.Split('/').Where(s => s.Length > 0).Select(s => s == "*" ? PathSegment.Wildcard(s) : PathSegment.Literal(s)).ToList(), method, openTail);

        [Fact]
        public void MeetingRoomFamilyIsExactlyTwentyFourEndpoints()
        {
            var family = EndpointCatalogue.BuiltInEndpoints.Where(e => e.IsMeetingRoom).ToList();
            Assert.Equal(24, family.Count);
            Assert.Equal(23, family.Count(e => e.Accepts == AcceptedTokens.Tenant));
            var search = Assert.Single(family, e => e.Accepts == AcceptedTokens.User);
            Assert.Equal("POST /open-apis/vc/v1/rooms/search", search.Display);
            Assert.Equal(16, family.Count(e => e.Basis == "notice" && e.Accepts == AcceptedTokens.Tenant));
            Assert.All(family, e => Assert.False(string.IsNullOrEmpty(e.TitleZh)));
        }

        [Fact]
        public void WholeApiTableIsEmbeddedWithoutUnreadableRows()
        {
            var errors = new List<CatalogueError>();
            var text = System.IO.File.ReadAllText(System.IO.Path.Combine(Infrastructure.RepositoryPaths.Root, "src", "FeishuUatAnalyzer", "Catalogue", "Data", "endpoint-token-types.tsv"));
            var rows = CatalogueParser.ParseTable(text, meetingRooms: false, errors);
            Assert.Empty(errors);
            Assert.Equal(1389, rows.Count);
            Assert.Equal(7, rows.Count(r => r.Disputed));
        }

        [Theory]
        [InlineData("GET", "/open-apis/vc/v1/rooms/omm_123", "GET /open-apis/vc/v1/rooms/:room_id")]
        [InlineData("POST", "/open-apis/vc/v1/rooms/mget", "POST /open-apis/vc/v1/rooms/mget")]
        [InlineData("POST", "/open-apis/vc/v1/rooms/search", "POST /open-apis/vc/v1/rooms/search")]
        [InlineData("POST", "/open-apis/vc/v1/room_levels/del", "POST /open-apis/vc/v1/room_levels/del")]
        [InlineData("GET", "/open-apis/vc/v1/reserve_configs/reserve_scope", "GET /open-apis/vc/v1/reserve_configs/reserve_scope")]
        [InlineData("PATCH", "/open-apis/vc/v1/reserve_configs/*/form", "PATCH /open-apis/vc/v1/reserve_configs/:reserve_config_id/form")]
        public void MatchesByVerbAndPathTemplate(string method, string path, string expected)
        {
            var match = Assert.Single(Match(method, path));
            Assert.Equal(expected, match.Display);
        }

        [Fact]
        public void SearchAndMgetAreNotRoomIds()
        {
            Assert.Empty(Match("GET", "/open-apis/vc/v1/rooms/search"));
            Assert.Empty(Match("PATCH", "/open-apis/vc/v1/rooms/mget"));
        }

        [Fact]
        public void AHoleReachesEveryCandidate()
        {
            var candidates = Match("POST", "/open-apis/vc/v1/rooms/*").Select(e => e.Display).OrderBy(d => d).ToList();
            Assert.Equal(new[] { "POST /open-apis/vc/v1/rooms/mget", "POST /open-apis/vc/v1/rooms/search" }, candidates);
        }

        [Fact]
        public void OpenTailReachesDeeperTemplates()
        {
            var candidates = Match("GET", "/open-apis/vc/v1/rooms", openTail: true).Select(e => e.Display).ToList();
            Assert.Contains("GET /open-apis/vc/v1/rooms", candidates);
            Assert.Contains("GET /open-apis/vc/v1/rooms/:room_id", candidates);
        }

        [Fact]
        public void ExtensionFileAddsEndpointsAndReportsUnreadableLines()
        {
            var errors = new List<CatalogueError>();
            var endpoints = CatalogueParser.ParseExtension("""
                # a later notice
                GET /open-apis/vc/v2/rooms tenant
                POST /open-apis/vc/v2/rooms/search user   # trailing comment
                FETCH /open-apis/x tenant
                GET /open-apis/x sometimes
                GET vc/v2/rooms tenant
                GET /open-apis/y
                """, errors);
            Assert.Equal(new[] { "GET /open-apis/vc/v2/rooms", "POST /open-apis/vc/v2/rooms/search" }, endpoints.Select(e => e.Display));
            Assert.Equal(new[] { 3, 4, 5, 6 }, errors.Select(e => e.Line));

            var catalogue = EndpointCatalogue.WithExtensions(endpoints);
            var match = Assert.Single(catalogue.Match(new[] { "open-apis", "vc", "v2", "rooms" }.Select(PathSegment.Literal).ToList(), "GET", false));
            Assert.Equal(AcceptedTokens.Tenant, match.Accepts);
        }

        [Fact]
        public void ExtensionOverridesABuiltInRow()
        {
            var errors = new List<CatalogueError>();
            var catalogue = EndpointCatalogue.WithExtensions(CatalogueParser.ParseExtension("GET /open-apis/contact/v3/users/:user_id tenant", errors));
            var match = Assert.Single(catalogue.Match(new[] { "open-apis", "contact", "v3", "users", "ou_1" }.Select(PathSegment.Literal).ToList(), "GET", false));
            Assert.Equal(AcceptedTokens.Tenant, match.Accepts);
            Assert.Equal("extension file", match.Basis);
        }
    }
}
