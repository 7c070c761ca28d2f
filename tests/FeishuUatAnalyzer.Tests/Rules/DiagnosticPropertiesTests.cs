using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Rules
{
    public sealed class DiagnosticPropertiesTests
    {
        internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] sources)
        {
            var compilation = await TestLibraries.CompileAsync("T", sources.Select((s, i) => ("/0/Test" + i + ".cs", s)).ToArray());
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            return await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        [Fact]
        public async Task PropertiesCarryWhatAFixerNeeds()
        {
            var diagnostics = await AnalyzeAsync("""
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    Task<HttpResponseMessage> Run(HttpClient http, string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.larksuite.com/open-apis/vc/v1/rooms");
                        request.Headers.Add("Authorization", "Bearer " + userAccessToken);
                        return http.SendAsync(request);
                    }
                }
                """);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("GET /open-apis/vc/v1/rooms", diagnostic.Properties["Endpoint"]);
            Assert.Equal("open.larksuite.com", diagnostic.Properties["Host"]);
            Assert.Equal("User", diagnostic.Properties["TokenKind"]);
            Assert.Equal("HeaderString", diagnostic.Properties["TokenShape"]);
            Assert.Equal("HttpClient", diagnostic.Properties["Library"]);
            Assert.Equal("false", diagnostic.Properties["ViaHelper"]);
            Assert.Equal("url,token", diagnostic.Properties["AdditionalLocations"]);
            Assert.Equal("true", diagnostic.Properties["Fixable"]);
            Assert.Equal("userAccessToken", diagnostic.AdditionalLocations[1].SourceTree!.GetText().ToString(diagnostic.AdditionalLocations[1].SourceSpan));
        }

        [Fact]
        public async Task WebClientAndHttpWebRequestFindingsAreFixableOnlyWithTheSchemeInSight()
        {
            var diagnostics = await AnalyzeAsync("""
                #pragma warning disable SYSLIB0014
                using System.Net;

                class C
                {
                    string Rooms(string userAccessToken)
                    {
                        var client = new WebClient();
                        client.Headers["Authorization"] = "Bearer " + userAccessToken;
                        return client.DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms");
                    }

                    WebResponse Room(string userAccessToken)
                    {
                        var request = WebRequest.CreateHttp("https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
                        request.Headers.Add(HttpRequestHeader.Authorization, userAccessToken);
                        return request.GetResponse();
                    }
                }
                """);
            var ordered = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
            Assert.Equal(new[] { "WebClient", "HttpWebRequest" }, ordered.Select(d => d.Properties["Library"]));
            Assert.Equal(new[] { "WebHeaderBearer", "WebHeader" }, ordered.Select(d => d.Properties["TokenShape"]));
            Assert.Equal(new[] { "true", "false" }, ordered.Select(d => d.Properties["Fixable"]));
            Assert.All(ordered, diagnostic => Assert.Equal("url,token", diagnostic.Properties["AdditionalLocations"]));
        }

        [Theory]
        [InlineData("FSUAT001", "AuthenticationHeaderValue", false, true, true)]
        [InlineData("FSUAT001", "AuthenticationHeaderValue", false, false, false)]
        [InlineData("FSUAT001", "DefaultHeader", false, true, true)]
        [InlineData("FSUAT001", "DefaultHeader", true, true, false)]
        [InlineData("FSUAT001", "SdkUserAccessToken", false, false, true)]
        [InlineData("FSUAT003", "SdkProvider", false, false, false)]
        [InlineData("FSUAT003", "SdkUserAccessToken", false, true, false)]
        [InlineData("FSUAT005", "RestSharpHeader", false, true, true)]
        [InlineData("FSUAT001", "MessageHandler", false, true, false)]
        [InlineData("FSUAT002", null, false, false, false)]
        [InlineData("FSUAT001", "WebHeader", false, true, false)]
        [InlineData("FSUAT001", "WebHeaderBearer", false, true, true)]
        [InlineData("FSUAT003", "WebHeaderBearer", false, true, false)]
        public void FixableSaysWhetherAStrategyReachesTheShape(string rule, string? shape, bool viaHelper, bool tokenInSource, bool fixable)
        {
            var tokenShape = shape is null ? (FeishuUatAnalyzer.Sites.TokenShape?)null : (FeishuUatAnalyzer.Sites.TokenShape)System.Enum.Parse(typeof(FeishuUatAnalyzer.Sites.TokenShape), shape);
            Assert.Equal(fixable, FeishuUatAnalyzer.Rules.FixAvailability.HasStrategy(rule, tokenShape, viaHelper, tokenInSource));
        }

        [Theory]
        [InlineData("\"https://open.feishu.cn/open-apis/vc/v1/room_levels/\" + id", "GET /open-apis/vc/v1/room_levels/:room_level_id")]
        [InlineData("\"https://open.feishu.cn/open-apis/vc/v1/rooms\" + id", "GET /open-apis/vc/v1/rooms")]
        public async Task AHoleIsNamedByTheTemplateThatFitsIt(string url, string endpoint)
        {
            var diagnostics = await AnalyzeAsync($$"""
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    Task<string> Run(HttpClient http, string id)
                    {
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "u-1");
                        return http.GetStringAsync({{url}});
                    }
                }
                """);
            Assert.Equal(endpoint, Assert.Single(diagnostics).Properties["Endpoint"]);
        }

        [Fact]
        public async Task MessageIsChineseInTheChineseCulture()
        {
            var diagnostics = await AnalyzeAsync("""
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    Task<string> Run(HttpClient http)
                    {
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "u-123");
                        return http.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
                    }
                }
                """);
            var diagnostic = Assert.Single(diagnostics);
            var chinese = diagnostic.GetMessage(new CultureInfo("zh-Hans"));
            Assert.Contains("只接受 tenant_access_token", chinese);
            Assert.Contains("查询会议室列表", chinese);
            Assert.Contains("令牌字面量以 'u-' 开头", chinese);
            Assert.Contains("accepts only a tenant_access_token", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Contains("会议室", diagnostic.Descriptor.Title.ToString(new CultureInfo("zh-Hans")));
        }

        [Fact]
        public async Task UnreadableEndpointFileLinesAreReportedInThatFile()
        {
            var references = (await TestLibraries.FrameworkAsync()).Add(await TestLibraries.StubsAsync());
            var compilation = CSharpCompilation.Create("T", new[] { CSharpSyntaxTree.ParseText("class C { }") }, references);
            var file = new InMemoryAdditionalText("/0/feishu-endpoints.txt", "GET /open-apis/vc/v2/rooms tenant\nFETCH /open-apis/x tenant\n");
            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file));
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("FSUAT900", diagnostic.Id);
            Assert.Equal("/0/feishu-endpoints.txt", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public async Task ExtensionFileEndpointsAreChecked()
        {
            var references = (await TestLibraries.FrameworkAsync()).Add(await TestLibraries.StubsAsync());
            var source = CSharpSyntaxTree.ParseText("""
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    object Run(HttpClient http, string userAccessToken)
                    {
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        return http.GetStringAsync("https://open.feishu.cn/open-apis/vc/v2/future");
                    }
                }
                """);
            var compilation = CSharpCompilation.Create("T", new[] { source }, references);
            var file = new InMemoryAdditionalText("/0/team.feishu-endpoints.txt", "GET /open-apis/vc/v2/future tenant # from a later notice\n");
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer()), new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file)))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Equal("FSUAT004", Assert.Single(diagnostics).Id);
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly string _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(_text);
        }
    }
}
