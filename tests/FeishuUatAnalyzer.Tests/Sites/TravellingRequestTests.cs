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
        public Task TheCallerBuildsAHelperReturnsItAuthorized() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static HttpRequestMessage Authorize(HttpRequestMessage request, string token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return request;
                }

                public Task<HttpResponseMessage> List(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request = Authorize(request, userAccessToken);
                    return _http.{|FSUAT001:SendAsync|}(request);
                }

                public Task<HttpResponseMessage> ListAsTenant(string tenantAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request = Authorize(request, tenantAccessToken);
                    return _http.SendAsync(request);
                }

                public Task<HttpResponseMessage> Meeting(string userAccessToken) =>
                    _http.SendAsync(Authorize(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/omm_1"), userAccessToken));
            }
            """);

        [Fact]
        public Task TheCallerBuildsAVoidHelperAuthorizesIt() => VerifyAsync(AuthorizedByAVoidHelper);

        internal const string AuthorizedByAVoidHelper = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public static class RequestAuthorization
            {
                public static void Authorize(this HttpRequestMessage request, string token) =>
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private static void Authorize(HttpRequestMessage request, string token) => request.Headers.Add("Authorization", "Bearer " + token);

                public Task<HttpResponseMessage> List(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    Authorize(request, userAccessToken);
                    return _http.{|FSUAT001:SendAsync|}(request);
                }

                public Task<HttpResponseMessage> ListByExtension(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Authorize(userAccessToken);
                    return _http.{|FSUAT001:SendAsync|}(request);
                }

                public Task<HttpResponseMessage> ListAsTenant(string tenantAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    Authorize(request, tenantAccessToken);
                    return _http.SendAsync(request);
                }

                public Task<HttpResponseMessage> Meeting(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/omm_1");
                    request.Authorize(userAccessToken);
                    return _http.SendAsync(request);
                }

                // The helper reads the request and leaves its headers alone: no token, nothing to report.
                private static void Log(HttpRequestMessage request) => System.Console.WriteLine(request.RequestUri);

                public Task<HttpResponseMessage> Logged(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    Log(request);
                    return _http.SendAsync(request);
                }
            }
            """;

        [Fact]
        public Task TheCallerBuildsAndAuthorizesAHelperSends() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                private Task<HttpResponseMessage> Send(HttpRequestMessage request) => _http.SendAsync(request);

                public Task<HttpResponseMessage> List(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return {|FSUAT001:Send|}(request);
                }

                public Task<HttpResponseMessage> ListAsTenant(string tenantAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return Send(request);
                }

                public Task<HttpResponseMessage> Meeting(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/omm_1");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return Send(request);
                }
            }
            """);

        [Fact]
        public Task ARequestInAFieldIsPreparedInOneMethodAndSentInAnother() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class RoomList
            {
                private readonly HttpClient _http = new HttpClient();
                private HttpRequestMessage _request;

                public void Prepare(string userAccessToken)
                {
                    _request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    _request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                }

                public Task<HttpResponseMessage> Send() => _http.{|FSUAT001:SendAsync|}(_request);
            }

            public sealed class LevelList
            {
                private readonly HttpClient _http = new HttpClient();
                private HttpRequestMessage _request;

                public void Prepare(string tenantAccessToken)
                {
                    _request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    _request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                }

                public Task<HttpResponseMessage> Send() => _http.SendAsync(_request);
            }
            """);

        [Fact]
        public Task AClientInAFieldIsAuthorizedByAnInitMethodOrAPropertySetter() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public sealed class InitRooms
            {
                private HttpClient _http;

                public void Init(string userAccessToken)
                {
                    _http = new HttpClient();
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                }

                public Task<HttpResponseMessage> List() => _http.{|FSUAT001:GetAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
                public Task<HttpResponseMessage> Meeting() => _http.GetAsync("https://open.feishu.cn/open-apis/vc/v1/meetings/omm_1");
            }

            public sealed class SetterRooms
            {
                private readonly HttpClient _http = new HttpClient();

                public string UserAccessToken
                {
                    set => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value);
                }

                public Task<HttpResponseMessage> List() => _http.{|FSUAT001:GetAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }

            public sealed class TenantRooms
            {
                private HttpClient _http;

                public void Init(string tenantAccessToken)
                {
                    _http = new HttpClient();
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                }

                public Task<HttpResponseMessage> List() => _http.GetAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """);

        [Fact]
        public Task ARestClientInAFieldIsAuthorizedInTheConstructor() => VerifyAsync("""
            using RestSharp;
            using System.Threading.Tasks;

            public sealed class Rooms
            {
                private readonly RestClient _client;

                public Rooms(string userAccessToken)
                {
                    _client = new RestClient("https://open.feishu.cn");
                    _client.AddDefaultHeader("Authorization", "Bearer " + userAccessToken);
                }

                public Task<RestResponse> List() => _client.{|FSUAT001:ExecuteAsync|}(new RestRequest("/open-apis/vc/v1/rooms"));
                public Task<RestResponse> Meeting() => _client.ExecuteAsync(new RestRequest("/open-apis/vc/v1/meetings/omm_1"));
            }

            public sealed class Levels
            {
                private readonly RestClient _client;

                public Levels(string tenantAccessToken)
                {
                    _client = new RestClient("https://open.feishu.cn");
                    _client.AddDefaultHeader("Authorization", "Bearer " + tenantAccessToken);
                }

                public Task<RestResponse> List() => _client.ExecuteAsync(new RestRequest("/open-apis/vc/v1/room_levels"));
            }
            """);
    }
}
