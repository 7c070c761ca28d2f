using FeishuUatAnalyzer.Tokens;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Tokens
{
    public sealed class TokenNameRulesTests
    {
        [Theory]
        [InlineData("userAccessToken", TokenKind.User)]
        [InlineData("user_access_token", TokenKind.User)]
        [InlineData("uat", TokenKind.User)]
        [InlineData("TenantAccessToken", TokenKind.Tenant)]
        [InlineData("tat", TokenKind.Tenant)]
        [InlineData("appAccessToken", TokenKind.App)]
        [InlineData("tenantOrUserAccessToken", TokenKind.None)]
        [InlineData("userOrTenantToken", TokenKind.None)]
        [InlineData("UAT_OR_TAT", TokenKind.None)]
        [InlineData("accessToken", TokenKind.None)]
        internal void NamesMeanTheKindTheirWordsSay(string name, TokenKind kind)
        {
            Assert.Equal(kind, TokenNameRules.Default.Classify(name));
            // Asked again (from the cache), the same answer.
            Assert.Equal(kind, TokenNameRules.Default.Classify(name));
        }
    }
}
