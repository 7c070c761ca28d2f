using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Rules;
using FeishuUatAnalyzer.Tests.Sites;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Requests that travel between methods: the fix replaces the token where the outermost caller wrote it; a call
    /// through an interface that runs several bodies has no single place to fix, so none is offered (Fixable=false).
    /// </summary>
    public sealed class TravellingRequestFixTests
    {
        private const string Tenant = "await FeishuTenantTokenProvider.Shared.GetTokenAsync()";

        /// <summary>The provider's call where the method is not async.</summary>
        private const string SyncTenant = "FeishuTenantTokenProvider.Shared.GetToken()";

        [Fact]
        public Task TheTokenAHelperPutsOnTheRequestIsReplacedWhereTheCallerWroteIt() => VerifyAsync(
            TravellingRequestTests.BuiltByAHelper,
            TravellingRequestTests.BuiltByAHelper
                .Replace("public Task<HttpResponseMessage> List(string userAccessToken) => _http.{|FSUAT001:SendAsync|}", "public async Task<HttpResponseMessage> List(string userAccessToken) => await _http.SendAsync")
                .Replace("{|FSUAT001:SendAsync|}", "SendAsync")
                .Replace("Build(\"vc/v1/rooms\", userAccessToken)", "Build(\"vc/v1/rooms\", " + Tenant + ")"),
            Provider());

        [Fact]
        public Task TheTokenAVoidHelperAddsIsReplacedWhereTheCallerWroteIt() => VerifyAsync(
            TravellingRequestTests.AuthorizedByAVoidHelper,
            TravellingRequestTests.AuthorizedByAVoidHelper
                .Replace("Authorize(request, userAccessToken);\n        return _http.{|FSUAT001:SendAsync|}", "Authorize(request, " + SyncTenant + ");\n        return _http.SendAsync")
                .Replace("request.Authorize(userAccessToken);\n        return _http.{|FSUAT001:SendAsync|}", "request.Authorize(" + SyncTenant + ");\n        return _http.SendAsync"),
            Provider());

        private static readonly string SeveralSenders = SendersBehindInterfacesTests.Interface + SendersBehindInterfacesTests.UserImplementation
            + SendersBehindInterfacesTests.DefaultHeaderImplementation("OtherUserHttp", "userAccessToken");

        [Fact]
        public Task NoFixIsOfferedForACallThatRunsSeveralBodies() => VerifyNoFixAsync(SeveralSenders + SendersBehindInterfacesTests.Callers(reported: true));

        [Fact]
        public async Task ACallThatRunsSeveralBodiesIsMarkedNotFixable()
        {
            var diagnostics = await DiagnosticPropertiesTests.AnalyzeAsync(SeveralSenders + SendersBehindInterfacesTests.Callers(reported: false));
            Assert.Equal(2, diagnostics.Length);
            Assert.All(diagnostics, diagnostic => Assert.Equal("false", diagnostic.Properties["Fixable"]));
        }
    }
}
