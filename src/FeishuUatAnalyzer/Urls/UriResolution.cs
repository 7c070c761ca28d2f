using System;

namespace FeishuUatAnalyzer.Urls
{
    /// <summary>How each library joins a base address and a relative URL: the URL it really requests.</summary>
    internal static class UriResolution
    {
        /// <summary>HttpClient and <c>new Uri(base, relative)</c>: RFC 3986 section 5.2.</summary>
        public static UrlValue Rfc3986(UrlValue? baseUrl, UrlValue relative)
        {
            if (baseUrl != null && (baseUrl.HasAlternatives || relative.HasAlternatives))
            {
                return UrlValue.Distribute(baseUrl, relative, (b, r) => Rfc3986(b, r));
            }

            if (baseUrl is null || IsAbsolute(relative) || relative.StartsWithHole)
            {
                return relative;
            }

            var baseText = baseUrl.Render();
            var authorityEnd = AuthorityEnd(baseText);
            if (authorityEnd < 0)
            {
                return relative;
            }

            var first = relative.Pieces.Length > 0 ? relative.Pieces[0].Text ?? "" : "";
            if (first.StartsWith("//", StringComparison.Ordinal))
            {
                var scheme = baseText.Substring(0, baseText.IndexOf(':') + 1);
                return UrlValue.Text(scheme).Concat(relative);
            }

            if (first.StartsWith("/", StringComparison.Ordinal))
            {
                return UrlValue.FromRendered(baseText.Substring(0, authorityEnd), false).Concat(relative);
            }

            // Merge: the base path up to its last slash, then the relative path (a base without a trailing slash loses its last segment).
            var path = StripQuery(baseText.Substring(authorityEnd));
            var lastSlash = path.LastIndexOf('/');
            var merged = lastSlash < 0 ? "/" : path.Substring(0, lastSlash + 1);
            return UrlValue.FromRendered(baseText.Substring(0, authorityEnd) + merged, false).Concat(relative);
        }

        /// <summary>RestSharp: base and resource joined with exactly one slash, whatever slashes they carry.</summary>
        public static UrlValue JoinSegments(UrlValue? baseUrl, UrlValue resource)
        {
            if (baseUrl != null && (baseUrl.HasAlternatives || resource.HasAlternatives))
            {
                return UrlValue.Distribute(baseUrl, resource, (b, r) => JoinSegments(b, r));
            }

            if (baseUrl is null || IsAbsolute(resource))
            {
                return resource;
            }

            var baseText = baseUrl.Render().TrimEnd('/');
            var rest = resource.Render().TrimStart('/');
            return UrlValue.FromRendered(baseText + "/" + rest, resource.DependsOnParameter || baseUrl.DependsOnParameter);
        }

        public static bool IsAbsolute(UrlValue url)
        {
            if (url.Pieces.Length == 0 || url.Pieces[0].IsHole)
            {
                return false;
            }

            var text = url.Pieces[0].Text!;
            var colon = text.IndexOf("://", StringComparison.Ordinal);
            return colon > 0 && text.Substring(0, colon).IndexOf('/') < 0;
        }

        /// <summary>Index just after scheme://authority, or -1 when the text is not an absolute URL.</summary>
        private static int AuthorityEnd(string text)
        {
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0)
            {
                return -1;
            }

            var slash = text.IndexOf('/', scheme + 3);
            return slash < 0 ? text.Length : slash;
        }

        private static string StripQuery(string path)
        {
            var cut = path.IndexOfAny(new[] { '?', '#' });
            return cut < 0 ? path : path.Substring(0, cut);
        }
    }
}
