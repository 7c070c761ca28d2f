using System;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Tokens;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// The requests whose answer is a token: a call that the site recognizers read as a request to a token endpoint
    /// of the session's catalogue issues a token of the kind that endpoint hands out. Given to the session as its
    /// <see cref="RequestReader"/>, so that the token stage can follow a value back to such an answer.
    /// </summary>
    internal static class TokenEndpointCalls
    {
        public static bool Read(IInvocationOperation call, CallContext context, Tracer tracer, out TokenVerdict? issued)
        {
            var facts = SiteRecognizer.Recognize(call, context, tracer);
            issued = facts is null ? null : TokenEndpointVerdict(facts, tracer.Session.Catalogue);
            return facts != null;
        }

        /// <summary>The kind of token a call to a token endpoint of the session's catalogue hands out.</summary>
        private static TokenVerdict? TokenEndpointVerdict(RequestFacts facts, EndpointCatalogue catalogue) =>
            IssuedBy(facts.Url, facts.Verb.Method, facts.Invocation, catalogue);

        /// <summary>The kind of token a request to <paramref name="url"/> hands out, made at <paramref name="site"/> (whose method may name the grant).</summary>
        public static TokenVerdict? IssuedBy(UrlValue url, string? method, IOperation site, EndpointCatalogue catalogue)
        {
            var text = url.Render();
            var path = RequestPath.RawPath(url);
            if (path is null)
            {
                return null;
            }

            foreach (var endpoint in catalogue.TokenEndpoints)
            {
                if (!path.EndsWith(endpoint.Path, StringComparison.Ordinal) && !path.EndsWith(endpoint.Path + "/", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!endpoint.Path.StartsWith("/open-apis/", StringComparison.Ordinal) && text.IndexOf("accounts.", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                var kind = endpoint.Issues switch
                {
                    AcceptedTokens.Tenant => TokenKind.Tenant,
                    AcceptedTokens.App => TokenKind.App,
                    _ => TokenKind.User,
                };

                // accounts.*/oauth/v3/token with the client_credentials grant hands out an app token.
                if (kind == TokenKind.User && !endpoint.Path.StartsWith("/open-apis/", StringComparison.Ordinal) && MentionsClientCredentials(site))
                {
                    kind = TokenKind.App;
                }

                var verb = method ?? "POST";
                return TokenVerdict.Of(kind, EvidenceKind.OriginEndpoint, verb + " " + endpoint.Path);
            }

            return null;
        }

        private static bool MentionsClientCredentials(IOperation site)
        {
            foreach (var operation in OperationRoots.RootOf(site).Descendants())
            {
                if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } && text.Contains("client_credentials"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
