using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>
    /// A request that travels between methods: built by the caller and completed (token added) and sent by a client class
    /// of the team's own; built by a helper and sent by the caller; completed by a helper and sent by the caller; built
    /// and authorized by the caller and sent by a helper; kept in a field between the method that sets it up and the one that sends.
    /// </summary>
    public sealed class TravellingRequestTests
    {
        [Fact]
        public Task TheCallerBuildsTheHelperAddsTheTokenAndSends() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class FeishuClient
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly string _userAccessToken;

                public FeishuClient(string userAccessToken) => _userAccessToken = userAccessToken;

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return _http.SendAsync(request);
                }
            }

            public sealed class Rooms
            {
                private readonly FeishuClient _client = new FeishuClient("u-123");

                public Task<HttpResponseMessage> ListAsync() =>
                    _client.{|FSUAT001:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                public Task<HttpResponseMessage> MeetingAsync(string id) =>
                    _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/" + id));
            }
            """);

        [Fact]
        public Task TheHelperBuildsTheCallerSends() => VerifyAsync(BuiltByAHelper);

        internal const string BuiltByAHelper = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage Build(string path, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/" + path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

                public Task<HttpResponseMessage> List(string userAccessToken) => _http.{|FSUAT001:SendAsync|}(Build("vc/v1/rooms", userAccessToken));

                public async Task<HttpResponseMessage> ListThroughALocal(string userAccessToken)
                {
                    var request = Build("vc/v1/rooms", userAccessToken);
                    return await _http.{|FSUAT001:SendAsync|}(request);
                }

                public Task<HttpResponseMessage> ListAsTenant(string tenantAccessToken) => _http.SendAsync(Build("vc/v1/rooms", tenantAccessToken));

                // A meeting accepts a user token.
                public Task<HttpResponseMessage> Meeting(string userAccessToken) => _http.SendAsync(Build("vc/v1/meetings/omm_1", userAccessToken));
            }
            """;

        [Fact]
        public Task TheHelperBuildsARestSharpRequestTheCallerExecutes() => VerifyAsync("""
            using RestSharp;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly RestClient _client = new RestClient("https://open.feishu.cn");

                private static RestRequest Build(string resource, string token)
                {
                    var request = new RestRequest(resource, Method.Get);
                    request.AddHeader("Authorization", "Bearer " + token);
                    return request;
                }

                public Task<RestResponse> List(string userAccessToken) => _client.{|FSUAT001:ExecuteAsync|}(Build("/open-apis/vc/v1/rooms", userAccessToken));
                public Task<RestResponse> ListAsTenant(string tenantAccessToken) => _client.ExecuteAsync(Build("/open-apis/vc/v1/rooms", tenantAccessToken));
                public Task<RestResponse> Meeting(string userAccessToken) => _client.ExecuteAsync(Build("/open-apis/vc/v1/meetings/omm_1", userAccessToken));
            }
            """);

        [Fact]
        public Task TheCallerBuildsAHelperReturnsItAuthorized() => VerifyAsync(HttpUsings + """
            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage Authorize(HttpRequestMessage request, string token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

            """ + ForUserTenantAndMeeting("""
                public Task<HttpResponseMessage> ListKIND(string TOKEN)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH");
                    request = Authorize(request, TOKEN);
                    return _http.[[SendAsync]](request);
                }

                public Task<HttpResponseMessage> InlineKIND(string TOKEN) =>
                    _http.[[SendAsync]](Authorize(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH"), TOKEN));
            """) + "}");

        [Fact]
        public Task TheCallerBuildsAVoidHelperAuthorizesIt() => VerifyAsync(AuthorizedByAVoidHelper);

        internal static readonly string AuthorizedByAVoidHelper = HttpUsings + """
            public static class RequestAuthorization
            {
                public static void Authorize(this HttpRequestMessage request, string token) =>
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static void Authorize(HttpRequestMessage request, string token) => request.Headers.Add("Authorization", "Bearer " + token);

                // The helper reads the request and leaves its headers alone: no token, nothing to report.
                private static void Log(HttpRequestMessage request) => System.Console.WriteLine(request.RequestUri);

            """ + ForUserTenantAndMeeting("""
                public Task<HttpResponseMessage> ListKIND(string TOKEN)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH");
                    Authorize(request, TOKEN);
                    return _http.[[SendAsync]](request);
                }

                public Task<HttpResponseMessage> ByExtensionKIND(string TOKEN)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH");
                    request.Authorize(TOKEN);
                    return _http.[[SendAsync]](request);
                }

                public Task<HttpResponseMessage> LoggedKIND(string TOKEN)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH");
                    Log(request);
                    return _http.SendAsync(request);
                }
            """) + "}";

        [Fact]
        public Task TheCallerBuildsAndAuthorizesAHelperSends() => VerifyAsync(HttpUsings + """
            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private Task<HttpResponseMessage> Send(HttpRequestMessage request) => _http.SendAsync(request);

            """ + ForUserTenantAndMeeting("""
                public Task<HttpResponseMessage> ListKIND(string TOKEN)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TOKEN);
                    return [[Send]](request);
                }
            """) + "}");

        [Fact]
        public Task AHelperThatReplacesTheCallersTokenDecides() => VerifyAsync(HttpUsings + """
            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                // Runs after the caller set its header: the tenant token is the one sent.
                private Task<HttpResponseMessage> SendAsTenant(HttpRequestMessage request, string tenantAccessToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return _http.SendAsync(request);
                }

                public Task<HttpResponseMessage> List(string userAccessToken, string tenantAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return SendAsTenant(request, tenantAccessToken);
                }
            }
            """);

        [Fact]
        public Task ARequestInAFieldIsPreparedInOneMethodAndSentInAnother() => VerifyAsync(HttpUsings + ForUserTenantAndMeeting("""
            public sealed class RoomsKIND
            {
                private readonly HttpClient _http = new HttpClient();
                private HttpRequestMessage _request;

                public void Prepare(string TOKEN)
                {
                    _request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH");
                    _request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TOKEN);
                }

                public Task<HttpResponseMessage> Send() => _http.[[SendAsync]](_request);
            }
            """));

        [Fact]
        public Task AClientInAFieldIsAuthorizedByAnInitMethod() => VerifyAsync(HttpUsings + ForUserTenantAndMeeting("""
            public sealed class RoomsKIND
            {
                private HttpClient _http;

                public void Init(string TOKEN)
                {
                    _http = new HttpClient();
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TOKEN);
                }

                public Task<HttpResponseMessage> List() => _http.[[GetAsync]]("https://open.feishu.cn/open-apis/PATH");
            }
            """));

        [Fact]
        public Task AClientInAFieldIsAuthorizedByAPropertySetterNamedForItsToken() => VerifyAsync(HttpUsings + ForUserTenantAndMeeting("""
            public sealed class RoomsKIND
            {
                private readonly HttpClient _http = new HttpClient();

                public string TOKEN
                {
                    set => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value);
                }

                public Task<HttpResponseMessage> List() => _http.[[GetAsync]]("https://open.feishu.cn/open-apis/PATH");
            }
            """));

        [Fact]
        public Task ARestClientInAFieldIsAuthorizedInTheConstructor() => VerifyAsync("using RestSharp;\nusing System.Threading.Tasks;\n\n" + ForUserTenantAndMeeting("""
            public sealed class RoomsKIND
            {
                private readonly RestClient _client;

                public RoomsKIND(string TOKEN)
                {
                    _client = new RestClient("https://open.feishu.cn");
                    _client.AddDefaultHeader("Authorization", "Bearer " + TOKEN);
                }

                public Task<RestResponse> List() => _client.[[ExecuteAsync]](new RestRequest("/open-apis/PATH"));
            }
            """));

        internal const string HttpUsings = "using System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n\n";

        /// <summary>
        /// Members (or types) written once with KIND in their names, TOKEN for the token and PATH for the endpoint, as three
        /// variants: a user token on the meeting rooms (the calls marked [[...]] report FSUAT001), a tenant token on the
        /// meeting rooms, and a user token on a meeting, which accepts it (neither reported).
        /// </summary>
        private static string ForUserTenantAndMeeting(string template) =>
            Variant(template, "User", "userAccessToken", "vc/v1/rooms", "{|FSUAT001:", "|}")
            + Variant(template, "Tenant", "tenantAccessToken", "vc/v1/rooms", "", "")
            + Variant(template, "Meeting", "userAccessToken", "vc/v1/meetings/omm_1", "", "");

        private static string Variant(string template, string kind, string token, string path, string markStart, string markEnd) =>
            template.Replace("KIND", kind).Replace("TOKEN", token).Replace("PATH", path).Replace("[[", markStart).Replace("]]", markEnd) + "\n\n";
    }
}
