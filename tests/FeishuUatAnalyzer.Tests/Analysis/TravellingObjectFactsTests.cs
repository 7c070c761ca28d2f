using System.Threading.Tasks;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Tests.Infrastructure;
using FeishuUatAnalyzer.Tests.Sites;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Analysis
{
    /// <summary>
    /// What is done to a request that travels is read once: a helper that completes it is not read again through the
    /// call the chain came in by, nor through the call whose result replaces the request.
    /// </summary>
    public sealed class TravellingObjectFactsTests
    {
        private const string Source = TravellingRequestTests.HttpUsings + """
            public sealed class Rooms
            {
                private Task<HttpResponseMessage> Send(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "u-1");
                    return _http.SendAsync(request);
                }

                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage Authorize(HttpRequestMessage request, string token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

                public Task<HttpResponseMessage> ThroughTheHelper()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    return Send(request);
                }

                public Task<HttpResponseMessage> Replaced(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request = Authorize(request, userAccessToken);
                    return _http.SendAsync(request);
                }
            }
            """;

        [Fact]
        public async Task TheHelperTheChainCameInByIsReadOnce()
        {
            var run = await AnalysisRun.OfAsync(Source);
            var caller = run.Context("ThroughTheHelper");
            var call = (IInvocationOperation)run.LastUse("ThroughTheHelper", "request").Parent!.Parent!;
            var send = run.Symbol("Send");
            var body = run.Session.BodyOf(send, default)!;
            var inner = caller.Enter(call, send, body);

            var facts = run.NewTracer().FactsOf(run.LastUse("Send", "request"), inner);

            Assert.Single(facts.Creations);
            Assert.Single(facts.Assignments, a => a.Member == "Headers.Authorization");
        }

        [Fact]
        public async Task AHelperWhoseResultReplacesTheRequestIsReadOnce()
        {
            var run = await AnalysisRun.OfAsync(Source);

            var facts = run.NewTracer().FactsOf(run.LastUse("Replaced", "request"), run.Context("Replaced"));

            Assert.Single(facts.Assignments, a => a.Member == "Headers.Authorization");
        }
    }
}
