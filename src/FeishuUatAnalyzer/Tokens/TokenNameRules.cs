using System;
using System.Collections.Generic;
using System.Text;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>
    /// What names say about a token: <c>userAccessToken</c>, <c>user_access_token</c>, <c>uat</c>,
    /// <c>UserToken</c>, <c>Feishu:UserAccessToken</c> mean a user token; <c>tenantAccessToken</c>,
    /// <c>TenantToken</c>, <c>FEISHU_TENANT_ACCESS_TOKEN</c> a tenant token. Teams add their own names in
    /// .editorconfig. Names are the weakest evidence: where a value comes from outweighs them.
    /// </summary>
    internal sealed class TokenNameRules
    {
        public static readonly TokenNameRules Default = new TokenNameRules(Array.Empty<string>(), Array.Empty<string>());

        private readonly HashSet<string> _extraUser;
        private const int MaxCachedNames = 50000;
        private readonly HashSet<string> _extraTenant;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenKind> _byName =
            new System.Collections.Concurrent.ConcurrentDictionary<string, TokenKind>(StringComparer.Ordinal);

        public TokenNameRules(IEnumerable<string> userNames, IEnumerable<string> tenantNames)
        {
            _extraUser = new HashSet<string>(userNames, StringComparer.OrdinalIgnoreCase);
            _extraTenant = new HashSet<string>(tenantNames, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The kind a name means, or <see cref="TokenKind.None"/>. <paramref name="qualified"/> is Type.Member, for the configured names.</summary>
        public TokenKind Classify(string name, string? qualified = null)
        {
            if (name.Length == 0)
            {
                return TokenKind.None;
            }

            if (_extraUser.Contains(name) || (qualified != null && _extraUser.Contains(qualified)))
            {
                return TokenKind.User;
            }

            if (_extraTenant.Contains(name) || (qualified != null && _extraTenant.Contains(qualified)))
            {
                return TokenKind.Tenant;
            }

            // Bounded: the default rules live as long as the process (an IDE session), across compilations.
            if (_byName.TryGetValue(name, out var known))
            {
                return known;
            }

            var kind = ByWords(name);
            if (_byName.Count < MaxCachedNames)
            {
                _byName.TryAdd(name, kind);
            }

            return kind;
        }

        /// <summary>What the words of a name say, computed once per name.</summary>
        private static TokenKind ByWords(string name)
        {
            var words = Words(name);
            var joined = string.Concat(words);

            // A name that carries both a user word and a tenant word (tenantOrUserAccessToken) is evidence of neither.
            var userWord = words.Contains("user") || words.Contains("uat");
            var tenantWord = words.Contains("tenant") || words.Contains("tat");
            if (userWord && tenantWord)
            {
                return TokenKind.None;
            }

            var user = joined.Contains("useraccesstoken") || joined.Contains("usertoken") || words.Contains("uat");
            var tenant = joined.Contains("tenantaccesstoken") || joined.Contains("tenanttoken") || words.Contains("tat");
            var app = joined.Contains("appaccesstoken") || joined.Contains("apptoken");
            if (user && !tenant)
            {
                return TokenKind.User;
            }

            if (tenant && !user)
            {
                return TokenKind.Tenant;
            }

            return app && !user && !tenant ? TokenKind.App : TokenKind.None;
        }

        /// <summary>Lower-case words of an identifier or key: camelCase, snake_case, kebab-case, dotted and colon-separated.</summary>
        private static List<string> Words(string name)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush();
                    continue;
                }

                if (char.IsUpper(c) && current.Length > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    Flush();
                }

                current.Append(char.ToLowerInvariant(c));
            }

            Flush();
            return words;

            void Flush()
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
        }
    }
}
