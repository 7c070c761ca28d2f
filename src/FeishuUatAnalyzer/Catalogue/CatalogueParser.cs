using System;
using System.Collections.Generic;

namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>
    /// Reads endpoint lists: the embedded tables (tab-separated, with a header line) and the users'
    /// extension files (one endpoint a line: <c>METHOD /open-apis/path tokens</c>). Lines it cannot read
    /// come back as errors so that they can be reported in the file they stand in.
    /// </summary>
    internal static class CatalogueParser
    {
        private static readonly HashSet<string> Methods = new HashSet<string>(StringComparer.Ordinal) { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD" };

        /// <summary>A tab-separated table whose header names at least method, path and tokens.</summary>
        public static List<Endpoint> ParseTable(string text, bool meetingRooms, List<CatalogueError> errors)
        {
            var result = new List<Endpoint>();
            Dictionary<string, int>? columns = null;
            var lines = SplitLines(text);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var cells = line.Split('\t');
                if (columns is null)
                {
                    columns = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var c = 0; c < cells.Length; c++)
                    {
                        columns[cells[c].Trim()] = c;
                    }

                    continue;
                }

                string Cell(string name) => columns.TryGetValue(name, out var c) && c < cells.Length ? cells[c].Trim() : "";

                if (!TryParseTokens(Cell("tokens"), out var accepts))
                {
                    errors.Add(new CatalogueError(i, line, "unknown token kind '" + Cell("tokens") + "'"));
                    continue;
                }

                var source = Cell("source");
                var basis = meetingRooms ? Cell("basis") : source;
                if (!TryMakeEndpoint(Cell("method"), Cell("path"), accepts, meetingRooms, source == "both-differ", basis,
                        NullIfEmpty(Cell("doc")), NullIfEmpty(Cell("title_en")), NullIfEmpty(Cell("title_zh")), out var endpoint, out var reason))
                {
                    errors.Add(new CatalogueError(i, line, reason));
                    continue;
                }

                result.Add(endpoint!);
            }

            return result;
        }

        /// <summary>A user's extension file: <c>METHOD PATH TOKENS</c> a line, blank lines and <c>#</c> comments allowed.</summary>
        public static List<Endpoint> ParseExtension(string text, List<CatalogueError> errors)
        {
            var result = new List<Endpoint>();
            var lines = SplitLines(text);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                var comment = line.IndexOf('#');
                if (comment >= 0)
                {
                    line = line.Substring(0, comment).Trim();
                }

                if (line.Length == 0)
                {
                    continue;
                }

                var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 3)
                {
                    errors.Add(new CatalogueError(i, lines[i], "expected three fields: method, path, tokens (tenant, user, tenant+user, app or none)"));
                    continue;
                }

                if (!TryParseTokens(parts[2], out var accepts))
                {
                    errors.Add(new CatalogueError(i, lines[i], "unknown token kind '" + parts[2] + "' (use tenant, user, tenant+user, app or none)"));
                    continue;
                }

                if (!TryMakeEndpoint(parts[0].ToUpperInvariant(), parts[1], accepts, isMeetingRoom: false, disputed: false, "extension file", null, null, null, out var endpoint, out var reason))
                {
                    errors.Add(new CatalogueError(i, lines[i], reason));
                    continue;
                }

                result.Add(endpoint!);
            }

            return result;
        }

        private static bool TryMakeEndpoint(string method, string path, AcceptedTokens accepts, bool isMeetingRoom, bool disputed, string basis,
            string? doc, string? titleEn, string? titleZh, out Endpoint? endpoint, out string reason)
        {
            endpoint = null;
            if (!Methods.Contains(method))
            {
                reason = "unknown HTTP method '" + method + "'";
                return false;
            }

            if (!path.StartsWith("/open-apis/", StringComparison.Ordinal) || path.IndexOfAny(new[] { '?', '#', ' ' }) >= 0)
            {
                reason = "the path must start with /open-apis/ and hold no query string";
                return false;
            }

            endpoint = new Endpoint(method, path.TrimEnd('/'), accepts, isMeetingRoom, disputed, basis, doc, titleEn, titleZh);
            reason = "";
            return true;
        }

        public static bool TryParseTokens(string text, out AcceptedTokens accepts)
        {
            accepts = AcceptedTokens.None;
            if (text.Length == 0 || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var part in text.Split('+', ','))
            {
                switch (part.Trim().ToLowerInvariant())
                {
                    case "tenant":
                    case "tenant_access_token":
                        accepts |= AcceptedTokens.Tenant;
                        break;
                    case "user":
                    case "user_access_token":
                        accepts |= AcceptedTokens.User;
                        break;
                    case "app":
                    case "app_access_token":
                        accepts |= AcceptedTokens.App;
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

        private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');
    }
}
