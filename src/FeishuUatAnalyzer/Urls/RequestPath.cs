using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Catalogue;

namespace FeishuUatAnalyzer.Urls
{
    /// <summary>
    /// The Feishu API path of a URL: from <c>/open-apis/</c> on, query and fragment dropped, split into
    /// segments. Any host counts (open.feishu.cn, open.larksuite.com, a proxy); with an unknown base the path
    /// is taken as written.
    /// </summary>
    internal sealed class RequestPath
    {
        private const string Prefix = "/open-apis/";

        private RequestPath(string path, IReadOnlyList<PathSegment> segments, bool openTail, string? host, bool dependsOnParameter)
        {
            Path = path;
            Segments = segments;
            OpenTail = openTail;
            Host = host;
            DependsOnParameter = dependsOnParameter;
        }

        /// <summary>The path text (holes shown as <c>{?}</c>).</summary>
        public string Path { get; }

        public IReadOnlyList<PathSegment> Segments { get; }

        /// <summary>The URL ends in an unknown part glued to the last segment: more segments may follow.</summary>
        public bool OpenTail { get; }

        /// <summary>The host when the URL names it literally, else null.</summary>
        public string? Host { get; }

        public bool DependsOnParameter { get; }

        public static RequestPath? FromUrl(UrlValue url)
        {
            var text = url.Render();
            var cut = text.IndexOfAny(new[] { '?', '#' });
            var trailingHole = text.Length > 0 && text[text.Length - 1] == UrlValue.HoleMark;
            if (cut >= 0)
            {
                text = text.Substring(0, cut);
                trailingHole = false;
            }

            string? host = null;
            var pathStart = 0;
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme > 0 && text.IndexOf(UrlValue.HoleMark) is var hole && (hole < 0 || hole > scheme))
            {
                var slash = text.IndexOf('/', scheme + 3);
                var authority = slash < 0 ? text.Substring(scheme + 3) : text.Substring(scheme + 3, slash - scheme - 3);
                host = authority.IndexOf(UrlValue.HoleMark) >= 0 ? null : authority.ToLowerInvariant();
                pathStart = slash < 0 ? text.Length : slash;
            }

            var prefix = text.IndexOf(Prefix, pathStart, StringComparison.Ordinal);
            string path;
            if (prefix >= 0)
            {
                path = text.Substring(prefix);
            }
            else if (string.CompareOrdinal(text, pathStart, Prefix, 1, Prefix.Length - 1) == 0)
            {
                // "open-apis/..." relative to an unknown base.
                path = "/" + text.Substring(pathStart);
            }
            else if (text.Length > 0 && text[0] == UrlValue.HoleMark && string.CompareOrdinal(text, 1, Prefix, 1, Prefix.Length - 1) == 0)
            {
                path = "/" + text.Substring(1);
            }
            else
            {
                return null;
            }

            var segments = new List<PathSegment>();
            var openTail = false;
            var parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part.IndexOf(UrlValue.HoleMark) < 0)
                {
                    segments.Add(PathSegment.Literal(part));
                }
                else if (i == parts.Length - 1 && trailingHole && part.Length > 1 && part.IndexOf(UrlValue.HoleMark) == part.Length - 1)
                {
                    // "rooms" + suffix: the suffix may be a query string or more segments.
                    segments.Add(PathSegment.Literal(part.Substring(0, part.Length - 1)));
                    openTail = true;
                }
                else
                {
                    segments.Add(PathSegment.Wildcard(part.Replace(UrlValue.HoleMark.ToString(), "?")));
                }
            }

            return new RequestPath(path.Replace(UrlValue.HoleMark.ToString(), "{?}"), segments, openTail, host, url.DependsOnParameter);
        }

        /// <summary>The path of a token endpoint, if the URL names one (also off the open-apis prefix, as accounts.*/oauth/v3/token).</summary>
        public static string? RawPath(UrlValue url)
        {
            var text = url.Render();
            var cut = text.IndexOfAny(new[] { '?', '#' });
            if (cut >= 0)
            {
                text = text.Substring(0, cut);
            }

            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme > 0)
            {
                var slash = text.IndexOf('/', scheme + 3);
                return slash < 0 ? "/" : text.Substring(slash);
            }

            return text.Length > 0 && text[0] == '/' ? text : "/" + text.TrimStart(UrlValue.HoleMark);
        }
    }
}
