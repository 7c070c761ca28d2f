using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Configuration
{
    public sealed class EditorConfigOptionsTests
    {
        private const string Source = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            static class TokenStore
            {
                public static string Current { get; set; } = "";
                public static string App { get; set; } = "";
            }

            public class C
            {
                public Task<string> Rooms(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenStore.Current);
                    return http.{|#0:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }

                public Task<string> Levels(HttpClient http, string sessionBearer)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sessionBearer);
                    return http.{|#1:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/room_levels");
                }

                public Task<string> Scope(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenStore.App);
                    return http.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/scope_config");
                }
            }
            """;

        [Fact]
        public async Task TeamNamesFromEditorConfigTellTheKind()
        {
            var test = await CreateAsync(Source);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
                root = true

                [*.cs]
                feishu_uat_analyzer.user_token_names = TokenStore.Current, sessionBearer
                feishu_uat_analyzer.tenant_token_names = TokenStore.App
                """));
            test.ExpectedDiagnostics.Add(Diagnostic("FSUAT001").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            test.ExpectedDiagnostics.Add(Diagnostic("FSUAT001").WithLocation(1).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task WithoutTheNamesTheKindIsUnknown()
        {
            var test = await CreateAsync(Source);
            test.ExpectedDiagnostics.Add(Diagnostic("FSUAT002").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            test.ExpectedDiagnostics.Add(Diagnostic("FSUAT002").WithLocation(1).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            test.ExpectedDiagnostics.Add(Diagnostic("FSUAT002").WithSpan(28, 21, 28, 35).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task SeverityIsSetPerRuleInEditorConfig()
        {
            var test = await CreateAsync(Source.Replace("TokenStore.Current", "\"u-1\""));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
                root = true

                [*.cs]
                dotnet_diagnostic.FSUAT001.severity = warning
                dotnet_diagnostic.FSUAT002.severity = none
                """));
            test.ExpectedDiagnostics.Add(Diagnostic("FSUAT001").WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }
    }
}
