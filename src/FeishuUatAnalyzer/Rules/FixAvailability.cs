using FeishuUatAnalyzer.Sites;

namespace FeishuUatAnalyzer.Rules
{
    /// <summary>
    /// Whether the code fix has a strategy for a finding's shape, carried on the diagnostic (property <c>Fixable</c>)
    /// so that tools and people can tell the findings that must be fixed by hand. "true" means a strategy exists; the
    /// fix may still decline a site it cannot rewrite correctly (see the rule docs). The fix reads the same property.
    /// </summary>
    internal static class FixAvailability
    {
        public const string Property = "Fixable";

        public static bool HasStrategy(string ruleId, TokenShape? shape, bool viaHelper, bool tokenInSource, bool severalBodies = false)
        {
            // A call through an interface or virtual member that runs several bodies: a rewrite of the one shown leaves the others.
            if (severalBodies)
            {
                return false;
            }

            var wantsUser = ruleId == RuleIds.TenantTokenOnRoomSearch || ruleId == RuleIds.TenantTokenOnUserOnlyEndpoint;
            switch (shape)
            {
                case TokenShape.SdkUserAccessToken:
                    // The SDK call moves to IFeishuTenantApi; a helper that receives the token is fixed where the token is written.
                    return !wantsUser && (!viaHelper || tokenInSource);
                case TokenShape.DefaultHeader:
                    // Sent per request through the provider, at the send call itself.
                    return !wantsUser && !viaHelper;
                case TokenShape.AuthenticationHeaderValue:
                case TokenShape.HeaderString:
                case TokenShape.RestSharpHeader:
                case TokenShape.RestSharpAuthenticator:
                case TokenShape.FlurlOAuthBearer:
                case TokenShape.FlurlHeader:
                case TokenShape.DeclarativeArgument:
                    // The token expression itself is replaced.
                    return tokenInSource;
                case TokenShape.WebHeaderBearer:
                    // The token after "Bearer " is replaced; the header may serve other requests of the client, so a
                    // token for the user-only endpoints is never put there.
                    return !wantsUser && tokenInSource;
                case TokenShape.FlurlHeld:
                    // Set on a client or request held elsewhere: a rewrite there may change other requests made from it.
                    return false;
                case TokenShape.HeaderCollection:
                    // A header inside an object or dictionary: the fix has no rewrite for it yet.
                    return false;
                case TokenShape.MessageHandler:
                    // The handler overwrites the request's header: a rewrite at the send call changes nothing; fixed by hand in the handler.
                    return false;
                case TokenShape.DeclaredTokenSource:
                    // Declared on the interface or where the client is made, for all its calls: fixed by hand there.
                    return false;
                default:
                    // No token written in the code (an SDK token provider), or a shape not recognised.
                    return false;
            }
        }
    }
}
