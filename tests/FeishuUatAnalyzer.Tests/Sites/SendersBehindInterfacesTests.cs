using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>
    /// A sender of the team's own behind an interface, an abstract or a virtual member: the call through it is judged by
    /// what every body the compilation declares for it does, and reported only where they all come to the same finding.
    /// </summary>
    public sealed class SendersBehindInterfacesTests
    {
        internal const string Interface = "using System;\nusing System.Net.Http.Json;\n" + TravellingRequestTests.HttpUsings + """
            public interface IFeishuHttp
            {
                Task<HttpResponseMessage> SendAsync(HttpRequestMessage request);

                Task<T?> GetAsync<T>(string path);
            }

            public sealed class Room { }

            """;

        internal const string UserImplementation = """
            public sealed class UserHttp : IFeishuHttp
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
                private readonly string _userAccessToken = "u-1";

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return _http.SendAsync(request);
                }

                public Task<T?> GetAsync<T>(string path)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return _http.SendAsync(request).ContinueWith(t => default(T));
                }
            }

            """;

        /// <summary>An implementation whose client carries, as its default header, the token its constructor receives.</summary>
        internal static string DefaultHeaderImplementation(string type, string tokenParameter) => """
            public sealed class TYPE : IFeishuHttp
            {
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };

                public TYPE(string TOKEN) =>
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TOKEN);

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

                public Task<T?> GetAsync<T>(string path) => _http.GetFromJsonAsync<T>(path);
            }

            """.Replace("TYPE", type).Replace("TOKEN", tokenParameter);

        private static readonly string TenantImplementation = DefaultHeaderImplementation("TenantHttp", "tenantAccessToken");

        private static readonly string SecondUserImplementation = DefaultHeaderImplementation("OtherUserHttp", "userAccessToken");

        internal static string Callers(bool reported, string rule = "FSUAT001") => (reported
            ? """
            public sealed class Rooms
            {
                private readonly IFeishuHttp _http;

                public Rooms(IFeishuHttp http) => _http = http;

                public Task<HttpResponseMessage> List() =>
                    _http.{|RULE:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                public Task<Room?> Get(string id) => _http.{|RULE:GetAsync|}<Room>("open-apis/vc/v1/rooms/" + id);

                // A meeting accepts a user token.
                public Task<HttpResponseMessage> Meeting() =>
                    _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/omm_1"));
            }
            """
            : """
            public sealed class Rooms
            {
                private readonly IFeishuHttp _http;

                public Rooms(IFeishuHttp http) => _http = http;

                public Task<HttpResponseMessage> List() =>
                    _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                public Task<Room?> Get(string id) => _http.GetAsync<Room>("open-apis/vc/v1/rooms/" + id);

                public Task<HttpResponseMessage> Meeting() =>
                    _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/meetings/omm_1"));
            }
            """).Replace("RULE", rule);

        [Fact]
        public Task TheOnlyImplementationSendsAUserToken() => VerifyAsync(Interface + UserImplementation + Callers(reported: true));

        [Fact]
        public Task TheOnlyImplementationSendsATenantToken() => VerifyAsync(Interface + TenantImplementation + Callers(reported: false));

        [Fact]
        public Task ImplementationsThatAgreeOnAUserToken() => VerifyAsync(Interface + UserImplementation + SecondUserImplementation + Callers(reported: true));

        [Fact]
        public Task ImplementationsThatDisagreeAreNotReported() => VerifyAsync(Interface + UserImplementation + TenantImplementation + Callers(reported: false));

        [Fact]
        public Task AnImplementationThatSendsNothingMakesThemDisagree() => VerifyAsync(Interface + UserImplementation + """
            public sealed class FakeHttp : IFeishuHttp
            {
                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Task.FromResult(new HttpResponseMessage());

                public Task<T?> GetAsync<T>(string path) => Task.FromResult(default(T));
            }

            """ + Callers(reported: false));

        [Fact]
        public Task AnAbstractSenderIsJudgedByItsOverrides() => VerifyAsync(TravellingRequestTests.HttpUsings + """
            public abstract class FeishuSender
            {
                public abstract Task<HttpResponseMessage> SendAsync(HttpRequestMessage request);
            }

            public sealed class UserSender : FeishuSender
            {
                public override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Add("Authorization", "Bearer u-123");
                    using var http = new HttpClient();
                    return await http.SendAsync(request);
                }
            }

            public sealed class Rooms
            {
                public Task<HttpResponseMessage> List(FeishuSender sender) =>
                    sender.{|FSUAT001:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                public Task<HttpResponseMessage> Search(FeishuSender sender) =>
                    sender.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://open.feishu.cn/open-apis/vc/v1/rooms/search"));
            }
            """);

        [Fact]
        public Task AVirtualSenderAndAnOverrideThatDisagree() => VerifyAsync(TravellingRequestTests.HttpUsings + """
            public class FeishuSender
            {
                protected readonly HttpClient Http = new HttpClient();

                public virtual Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "u-123");
                    return Http.SendAsync(request);
                }
            }

            public class TenantSender : FeishuSender
            {
                public override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "t-123");
                    return Http.SendAsync(request);
                }
            }

            public class AlsoUserSender : FeishuSender
            {
                public override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "u-456");
                    return Http.SendAsync(request);
                }
            }

            public sealed class Rooms
            {
                // The base, TenantSender or AlsoUserSender: they disagree.
                public Task<HttpResponseMessage> List(FeishuSender sender) =>
                    sender.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                // AlsoUserSender is not sealed but nothing overrides it: only its body runs.
                public Task<HttpResponseMessage> ListAsUser(AlsoUserSender sender) =>
                    sender.{|FSUAT001:SendAsync|}(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));

                // A call of the base body itself (not dispatched) runs that body only.
                public Task<HttpResponseMessage> ListAsTenant(TenantSender sender) =>
                    sender.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms"));
            }
            """);

        [Fact]
        public Task ImplementationsThatComeToDifferentRulesAreNotReported() =>
            // Nothing tells what kind of token the credential is: FSUAT002 there, FSUAT001 in UserHttp.
            VerifyAsync(Interface + UserImplementation + DefaultHeaderImplementation("CredentialHttp", "credential") + Callers(reported: false));

        /// <summary>An implementation of IRoomLookup that gets PATH + id with the token it is given.</summary>
        private static string Lookup(string type, string path) => """
            public sealed class TYPE : IRoomLookup
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> FindAsync(string id, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/PATH" + id);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    return _http.SendAsync(request);
                }
            }

            """.Replace("TYPE", type).Replace("PATH", path);

        [Fact]
        public Task ImplementationsThatReachDifferentEndpointsAreNotReported() => VerifyAsync(TravellingRequestTests.HttpUsings + """
            public interface IRoomLookup
            {
                Task<HttpResponseMessage> FindAsync(string id, string token);
            }

            """ + Lookup("RoomLookup", "vc/v1/rooms/") + Lookup("LevelLookup", "vc/v1/room_levels/") + """
            public sealed class Rooms
            {
                // Both bodies make it FSUAT001, each on its own endpoint: which one the call reaches is not known.
                public Task<HttpResponseMessage> Find(IRoomLookup lookup, string id, string userAccessToken) => lookup.FindAsync(id, userAccessToken);

                public Task<HttpResponseMessage> FindLevel(LevelLookup lookup, string id, string userAccessToken) => lookup.{|FSUAT001:FindAsync|}(id, userAccessToken);
            }
            """);
    }
}
