using System;
using System.Collections.Generic;

namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>
    /// Path templates keyed by their segments, so that a request path is matched in one walk whatever the
    /// size of the catalogue. A literal segment beats a template parameter at the same depth
    /// (<c>rooms/mget</c> is not a room id).
    /// </summary>
    internal sealed class PathTrie
    {
        private readonly Node _root = new Node();

        public void Add(Endpoint endpoint)
        {
            var node = _root;
            foreach (var segment in endpoint.Path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (IsParameter(segment))
                {
                    node = node.Parameter ??= new Node();
                }
                else
                {
                    if (!node.Literals.TryGetValue(segment, out var next))
                    {
                        next = new Node();
                        node.Literals.Add(segment, next);
                    }

                    node = next;
                }
            }

            // A later entry for the same verb and template replaces the earlier one (extension files override).
            node.Endpoints.RemoveAll(e => e.Method == endpoint.Method);
            node.Endpoints.Add(endpoint);
        }

        /// <summary>
        /// The endpoints a request path can reach. A segment that holds an unknown part matches any segment;
        /// with <paramref name="openTail"/> the path may go on with further segments after the last one.
        /// </summary>
        public void Match(IReadOnlyList<PathSegment> segments, string? method, bool openTail, List<Endpoint> results)
        {
            Match(_root, segments, 0, method, openTail, results);
        }

        private static bool Match(Node node, IReadOnlyList<PathSegment> segments, int index, string? method, bool openTail, List<Endpoint> results)
        {
            if (index == segments.Count)
            {
                var found = false;
                foreach (var endpoint in node.Endpoints)
                {
                    if (method is null || endpoint.Method == method)
                    {
                        results.Add(endpoint);
                        found = true;
                    }
                }

                if (openTail)
                {
                    found |= CollectBelow(node, method, results);
                }

                return found;
            }

            var segment = segments[index];
            if (segment.IsWildcard)
            {
                var any = false;
                foreach (var child in node.Literals.Values)
                {
                    any |= Match(child, segments, index + 1, method, openTail, results);
                }

                if (node.Parameter != null)
                {
                    any |= Match(node.Parameter, segments, index + 1, method, openTail, results);
                }

                return any;
            }

            if (node.Literals.TryGetValue(segment.Text, out var literal))
            {
                if (Match(literal, segments, index + 1, method, openTail, results))
                {
                    return true;
                }

                // The literal names an endpoint of another verb (GET rooms/search): it is still not a parameter value.
                if (method != null && Match(literal, segments, index + 1, null, openTail, new List<Endpoint>()))
                {
                    return false;
                }
            }

            return node.Parameter != null && Match(node.Parameter, segments, index + 1, method, openTail, results);
        }

        private static bool CollectBelow(Node node, string? method, List<Endpoint> results)
        {
            var found = false;
            foreach (var child in node.Literals.Values)
            {
                found |= Collect(child, method, results);
            }

            if (node.Parameter != null)
            {
                found |= Collect(node.Parameter, method, results);
            }

            return found;
        }

        private static bool Collect(Node node, string? method, List<Endpoint> results)
        {
            var found = false;
            foreach (var endpoint in node.Endpoints)
            {
                if (method is null || endpoint.Method == method)
                {
                    results.Add(endpoint);
                    found = true;
                }
            }

            return CollectBelow(node, method, results) | found;
        }

        private static bool IsParameter(string segment) =>
            segment.StartsWith(":", StringComparison.Ordinal) || (segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal));

        private sealed class Node
        {
            public Dictionary<string, Node> Literals { get; } = new Dictionary<string, Node>(StringComparer.Ordinal);

            public Node? Parameter { get; set; }

            public List<Endpoint> Endpoints { get; } = new List<Endpoint>(1);
        }
    }
}
