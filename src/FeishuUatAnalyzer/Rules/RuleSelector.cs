using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Tokens;

namespace FeishuUatAnalyzer.Rules
{
    /// <summary>Which rule, if any, a token of a kind breaks on an endpoint.</summary>
    internal static class RuleSelector
    {
        public static string? RuleFor(Endpoint endpoint, TokenKind kind)
        {
            if (endpoint.Disputed)
            {
                return null;
            }

            var tenant = (endpoint.Accepts & AcceptedTokens.Tenant) != 0;
            var user = (endpoint.Accepts & AcceptedTokens.User) != 0;
            if (endpoint.IsMeetingRoom)
            {
                if (tenant && !user)
                {
                    return kind == TokenKind.User ? RuleIds.UserTokenOnTenantOnlyMeetingRoom
                        : kind == TokenKind.Unknown ? RuleIds.UnknownTokenOnTenantOnlyMeetingRoom
                        : null;
                }

                return user && !tenant && kind == TokenKind.Tenant ? RuleIds.TenantTokenOnRoomSearch : null;
            }

            if (tenant && !user && kind == TokenKind.User)
            {
                return RuleIds.UserTokenOnTenantOnlyEndpoint;
            }

            return user && !tenant && kind == TokenKind.Tenant ? RuleIds.TenantTokenOnUserOnlyEndpoint : null;
        }
    }
}
