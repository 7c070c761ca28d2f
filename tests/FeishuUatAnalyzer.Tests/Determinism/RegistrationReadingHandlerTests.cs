using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Pipeline;
using FeishuUatAnalyzer.Sites;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Determinism
{
    /// <summary>The DI registrations (AddHttpClient...) are read once per compilation, and only when a send meets a client from the factory.</summary>
    public sealed class RegistrationReadingHandlerTests
    {
        private const string Startup = """
            using System;
            using System.Net.Http.Headers;
            using Microsoft.Extensions.DependencyInjection;

            static class Startup
            {
                public static void Configure(IServiceCollection services, string userAccessToken) =>
                    services.AddHttpClient("feishu", c =>
                    {
                        c.BaseAddress = new Uri("https://open.feishu.cn/");
                        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    });
            }
            """;

        private const string Rooms = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Rooms
            {
                private readonly IHttpClientFactory _factory;
                Rooms(IHttpClientFactory factory) => _factory = factory;

                Task<string> Plain(string userAccessToken)
                {
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return client.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }

                Task<string> Named() => _factory.CreateClient("feishu").GetStringAsync("open-apis/vc/v1/rooms");
            }
            """;

        [Fact]
        public async Task ReadOnlyWhenAFactoryClientIsMetAndThenOnce()
        {
            var trees = new[] { CSharpSyntaxTree.ParseText(Startup), CSharpSyntaxTree.ParseText(Rooms) };
            var compilation = CSharpCompilation.Create("T", trees, (await TestLibraries.FrameworkAsync()).Add(await TestLibraries.StubsAsync()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var session = new AnalysisSession(compilation, EndpointCatalogue.Default, TokenNameRules.Default, TokenEndpointCalls.Read);
            var store = session.Store<HttpClientRegistrations.Store>();

            var plain = Analyze(session, compilation, trees[1], "Plain");
            Assert.Single(plain);
            Assert.False(store.IsBuilt);

            var named = Analyze(session, compilation, trees[1], "Named");
            Assert.Equal("FSUAT001", Assert.Single(named).Id);
            Assert.True(store.IsBuilt);
            var registry = store.Get(session, CancellationToken.None);
            Assert.Same(registry, store.Get(session, CancellationToken.None));
            Assert.Equal(new[] { "feishu" }, registry.ByName.Keys.ToArray());
        }

        internal static List<Diagnostic> Analyze(AnalysisSession session, Compilation compilation, SyntaxTree tree, string methodName)
        {
            var model = compilation.GetSemanticModel(tree);
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == methodName);
            var diagnostics = new List<Diagnostic>();
            foreach (var invocation in model.GetOperation(method)!.Descendants().OfType<IInvocationOperation>())
            {
                RequestPipeline.Analyze(invocation, new Tracer(session, CancellationToken.None), diagnostics.Add);
            }

            return diagnostics;
        }
    }
}
