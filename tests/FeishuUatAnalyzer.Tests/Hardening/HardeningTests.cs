using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Rules;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Hardening
{
    /// <summary>
    /// Incomplete, broken, recursive and huge code: no analyzer failure (AD0001; the analyzer rethrows in tests), only
    /// the rules expected, in bounded time. <see cref="HardeningTestsNoticeFailures"/> checks that each of these tests
    /// fails when the analyzer is made to throw.
    /// </summary>
    public sealed class HardeningTests
    {
        private static readonly string Sample = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using RestSharp;
            using Flurl.Http;

            class Gateway
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
                private string _token = "";

                Gateway(string userAccessToken) { _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken); _token = _token + userAccessToken; }

                private Task<HttpResponseMessage> Send(HttpMethod m, string path, string token)
                {
                    var request = new HttpRequestMessage(m, "https://open.feishu.cn" + path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return _http.SendAsync(request);
                }

                public Task<HttpResponseMessage> Delete(string id, string uat) => Send(HttpMethod.Delete, $"/open-apis/vc/v1/rooms/{id}", uat);
                public Task<string> List() => _http.GetStringAsync("open-apis/vc/v1/rooms?page_size=" + 50);
                public RestResponse Rest(string uat) { var c = new RestClient("https://open.feishu.cn"); var r = new RestRequest("open-apis/vc/v1/room_levels", Method.Post); r.AddHeader("Authorization", "Bearer " + uat); return c.Execute(r); }
                public Task<string> Fl(string uat) => "https://open.feishu.cn/open-apis/vc/v1/scope_config".WithOAuthBearerToken(uat).GetStringAsync();
            }
            """;

        /// <summary>Nothing in the broken code is a whole request to a known endpoint with a token.</summary>
        private static readonly string[] BrokenCodeExpected = { };

        /// <summary>Token() and Token2() only call each other, _b only holds _a and "": unknown; Ping's token is the caller's uat.</summary>
        private static readonly string[] RecursiveExpected = { "FSUAT002", "FSUAT001", "FSUAT002" };

        [Fact]
        public async Task SourceCutAtManyPointsIsAnalyzedWithoutExceptions()
        {
            var cuts = Enumerable.Range(1, 60).Select(i => Sample.Length * i / 61).ToList();
            foreach (var cut in cuts)
            {
                await HardenedRun.AnalyzeAsync(Sample.Substring(0, cut), HardenedRun.AnyRule);
                await HardenedRun.AnalyzeAsync(Sample.Remove(cut, Math.Min(7, Sample.Length - cut)), HardenedRun.AnyRule);
            }
        }

        [Fact]
        public async Task WebClientAndHttpWebRequestCutAtManyPointsAreAnalyzedWithoutExceptions()
        {
            const string webSample = """
                #pragma warning disable SYSLIB0014
                using System;
                using System.Net;

                class Legacy
                {
                    private readonly WebClient _client = new WebClient { BaseAddress = "https://open.feishu.cn/open-apis/" };

                    Legacy(string uat) { _client.Headers[HttpRequestHeader.Authorization] = "Bearer " + uat; _client.Headers.Add("Authorization: Bearer " + uat); }

                    string Rooms() => _client.UploadString(new Uri("vc/v1/rooms/mget", UriKind.Relative), null, "{}");

                    WebResponse Room(string id, string uat)
                    {
                        var request = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);
                        request.Method = "DELETE";
                        request.Headers.Set("Authorization", $"Bearer {uat}");
                        return request.GetResponse();
                    }
                }
                """;
            for (var i = 1; i < 40; i++)
            {
                var cut = webSample.Length * i / 40;
                await HardenedRun.AnalyzeAsync(webSample.Substring(0, cut), HardenedRun.AnyRule);
                await HardenedRun.AnalyzeAsync(webSample.Remove(cut, Math.Min(5, webSample.Length - cut)), HardenedRun.AnyRule);
            }

            await HardenedRun.ExpectAsync(webSample, "FSUAT001", "FSUAT001");
        }

        /// <summary>
        /// The shapes read by searching beyond the method: a message handler, a named client registered in DI, a token
        /// source behind an interface, and URLs from choices, UriBuilder, handlers and query helpers. Whole, each of the
        /// four requests is FSUAT001; cut anywhere, the searches meet half-written types, lambdas and registrations.
        /// </summary>
        [Fact]
        public async Task HandlersRegistrationsInterfacesAndUrlShapesCutAtManyPointsAreAnalyzedWithoutExceptions()
        {
            const string sample = """
                using System;
                using System.Globalization;
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.WebUtilities;
                using Microsoft.Extensions.DependencyInjection;

                interface IUserTokens { string Get(); }
                sealed class OidcTokens : IUserTokens { public string Get() => GetUserAccessToken(); static string GetUserAccessToken() => ""; }

                sealed class UserTokenHandler : DelegatingHandler
                {
                    private readonly string _uat;
                    public UserTokenHandler(string userAccessToken) => _uat = userAccessToken;
                    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _uat);
                        return base.SendAsync(request, ct);
                    }
                }

                static class Setup
                {
                    public static void Register(IServiceCollection services, string userAccessToken) =>
                        services.AddHttpClient("feishu", c => { c.BaseAddress = new Uri("https://open.feishu.cn/open-apis/"); c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken); });
                }

                sealed class Rooms
                {
                    private readonly IUserTokens _tokens = new OidcTokens();
                    private readonly HttpClient _factoryClient;
                    public Rooms(IHttpClientFactory factory) => _factoryClient = factory.CreateClient("feishu");

                    public Task<string> Levels() => _factoryClient.GetStringAsync("vc/v1/room_levels");

                    public Task<string> ViaHandler(string userAccessToken) =>
                        new HttpClient(new UserTokenHandler(userAccessToken)).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");

                    public Task<HttpResponseMessage> Choice(bool flag)
                    {
                        var url = flag ? "https://open.feishu.cn/open-apis/vc/v1/rooms" : new UriBuilder("https://open.feishu.cn") { Path = "open-apis/vc/v1/room_levels" }.Uri.ToString();
                        var request = new HttpRequestMessage(HttpMethod.Get, QueryHelpers.AddQueryString(url, "page_size", "50"));
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Get());
                        return new HttpClient().SendAsync(request);
                    }

                    public Task<HttpResponseMessage> Formatted(string id, string userAccessToken)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Delete, string.Create(CultureInfo.InvariantCulture, $"https://open.feishu.cn/open-apis/vc/v1/rooms/{id}"));
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                        return new HttpClient().SendAsync(request);
                    }
                }
                """;
            for (var i = 1; i < 50; i++)
            {
                var cut = sample.Length * i / 50;
                await HardenedRun.AnalyzeAsync(sample.Substring(0, cut), HardenedRun.AnyRule);
                await HardenedRun.AnalyzeAsync(sample.Remove(cut, Math.Min(6, sample.Length - cut)), HardenedRun.AnyRule);
            }

            await HardenedRun.ExpectAsync(sample, "FSUAT001", "FSUAT001", "FSUAT001", "FSUAT001");
        }

        [Fact]
        public async Task EveryTestSourceOfTheAcceptanceShapesCutInHalfIsAnalyzed()
        {
            var cases = Path.Combine(Infrastructure.RepositoryPaths.Root, "..", "shared", "acceptance", "cases");
            if (!Directory.Exists(cases))
            {
                return;
            }

            foreach (var file in Directory.GetFiles(cases, "*.cs"))
            {
                var text = File.ReadAllText(file);
                for (var i = 1; i < 8; i++)
                {
                    await HardenedRun.AnalyzeAsync(text.Substring(0, text.Length * i / 8), HardenedRun.AnyRule);
                }
            }
        }

        [Fact]
        public async Task BrokenCodeErrorTypesAndMissingReferencesDoNotThrow()
        {
            await HardenedRun.ExpectAsync("""
                using System.Net.Http;
                class C
                {
                    void A(Missing m, string uat) { m.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms")); }
                    void B(HttpClient h) { h.SendAsync(); h.GetAsync(; h.GetStringAsync(Unknown.Url + "/open-apis/vc/v1/rooms") }
                    void D(HttpClient h) { var r = new HttpRequestMessage(HttpMethod.Get, ); r.Headers.Authorization = ; h.SendAsync(r); }
                    void E() { Helper(1, 2, 3); } void Helper(string a) { }
                """, BrokenCodeExpected);
        }

        [Fact]
        public async Task SelfAndMutuallyRecursiveHelpersAndCyclicFieldsTerminate()
        {
            var watch = Stopwatch.StartNew();
            await HardenedRun.ExpectAsync("""
                using System.Net.Http;
                using System.Net.Http.Headers;
                using System.Threading.Tasks;

                class C
                {
                    private readonly HttpClient _http = new HttpClient();
                    private string _a = "", _b = "";

                    void Cycle() { _a = _b; _b = _a; }

                    Task<HttpResponseMessage> Self(string url, string token, int n) => n > 0 ? Self(url, token, n - 1) : Send(url, token);
                    Task<HttpResponseMessage> Ping(string url, string token) => Pong(url + "", token);
                    Task<HttpResponseMessage> Pong(string url, string token) => url.Length > 3 ? Ping(url, token) : Send(url, token);

                    Task<HttpResponseMessage> Send(string url, string token)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, url);
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token + _a);
                        return _http.SendAsync(request);
                    }

                    string Token() => Token2(); string Token2() => Token();

                    Task Run(string uat)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());
                        _http.SendAsync(request);
                        Ping("https://open.feishu.cn/open-apis/vc/v1/rooms", uat);
                        return Self("https://open.feishu.cn/open-apis/vc/v1/rooms", _b, 3);
                    }
                }
                """, RecursiveExpected);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "took " + watch.Elapsed);
        }

        /// <summary>3,000 concatenations exceed the value depth limit: the URL is not known, so nothing is reported.</summary>
        [Fact]
        public async Task HugeStringConcatenationIsBounded()
        {
            var builder = new StringBuilder("\"https://open.feishu.cn/open-apis/vc/v1/rooms/\"");
            for (var i = 0; i < 3000; i++)
            {
                builder.Append(" + id");
            }

            var watch = Stopwatch.StartNew();
            await HardenedRun.ExpectAsync($$"""
                using System.Net.Http;
                using System.Net.Http.Headers;
                class C
                {
                    object Run(HttpClient http, string id, string uat)
                    {
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", uat);
                        return http.GetStringAsync({{builder}});
                    }
                }
                """);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "took " + watch.Elapsed);
        }
    }
}
