using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>
    /// Every endpoint the analyzer knows, matched by verb and path: the meeting-room family (the notice of
    /// 2024-03-31 and its siblings), Feishu's whole-API token table, and the users' extension files, in
    /// that order of precedence from the last. Read once; a compilation with extension files gets its own copy.
    /// </summary>
    internal sealed class EndpointCatalogue
    {
        private static readonly Lazy<BuiltIn> Embedded = new Lazy<BuiltIn>(LoadBuiltIn);

        private readonly PathTrie _trie = new PathTrie();

        private EndpointCatalogue(IEnumerable<Endpoint> endpoints, IReadOnlyList<TokenEndpoint> tokenEndpoints)
        {
            foreach (var endpoint in endpoints)
            {
                _trie.Add(endpoint);
            }

            TokenEndpoints = tokenEndpoints;
        }

        /// <summary>The built-in catalogue.</summary>
        public static EndpointCatalogue Default => Embedded.Value.Catalogue;

        /// <summary>The built-in endpoints (meeting rooms last, so that they win over the general table).</summary>
        public static IReadOnlyList<Endpoint> BuiltInEndpoints => Embedded.Value.Endpoints;

        /// <summary>Endpoints that issue tokens, for telling where a token came from.</summary>
        public IReadOnlyList<TokenEndpoint> TokenEndpoints { get; }

        /// <summary>The built-in catalogue with a user's endpoints added (they override built-in rows of the same verb and path).</summary>
        public static EndpointCatalogue WithExtensions(IEnumerable<Endpoint> extensions)
        {
            var all = new List<Endpoint>(BuiltInEndpoints);
            all.AddRange(extensions);
            return new EndpointCatalogue(all, Default.TokenEndpoints);
        }

        /// <summary>The endpoints that the path can reach with the verb (null: any verb).</summary>
        public List<Endpoint> Match(IReadOnlyList<PathSegment> segments, string? method, bool openTail)
        {
            var results = new List<Endpoint>();
            _trie.Match(segments, method, openTail, results);
            return results;
        }

        private static BuiltIn LoadBuiltIn()
        {
            var errors = new List<CatalogueError>();
            var endpoints = CatalogueParser.ParseTable(ReadResource("endpoint-token-types.tsv"), meetingRooms: false, errors);
            endpoints.AddRange(CatalogueParser.ParseTable(ReadResource("meeting-rooms.tsv"), meetingRooms: true, errors));
            // The embedded data is tested (no unreadable rows); a bad row would be skipped rather than thrown in a host.
            var tokenEndpoints = new List<TokenEndpoint>();
            foreach (var line in ReadResource("token-endpoints.tsv").Replace("\r\n", "\n").Split('\n'))
            {
                var cells = line.Split('\t');
                if (line.Length == 0 || line[0] == '#' || cells.Length < 2 || cells[0] == "path")
                {
                    continue;
                }

                if (CatalogueParser.TryParseTokens(cells[1].Trim(), out var issues))
                {
                    tokenEndpoints.Add(new TokenEndpoint(cells[0].Trim(), issues));
                }
            }

            return new BuiltIn(new EndpointCatalogue(endpoints, tokenEndpoints), endpoints);
        }

        private static string ReadResource(string name)
        {
            using var stream = typeof(EndpointCatalogue).GetTypeInfo().Assembly.GetManifestResourceStream("FeishuUatAnalyzer.Catalogue." + name);
            if (stream is null)
            {
                return "";
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private sealed class BuiltIn
        {
            public BuiltIn(EndpointCatalogue catalogue, IReadOnlyList<Endpoint> endpoints)
            {
                Catalogue = catalogue;
                Endpoints = endpoints;
            }

            public EndpointCatalogue Catalogue { get; }

            public IReadOnlyList<Endpoint> Endpoints { get; }
        }
    }
}
