using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>A message handler of the compilation that sets Authorization: the requests of a client built on it carry its token.</summary>
    public sealed class MessageHandlerTests
    {
        private const string Usings = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            """;

        private const string Handlers = """

            sealed class UserTokenHandler : DelegatingHandler
            {
                private readonly string _userAccessToken;
                public UserTokenHandler(string userAccessToken) : base(new HttpClientHandler()) => _userAccessToken = userAccessToken;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            sealed class TenantTokenHandler : DelegatingHandler
            {
                private static readonly HttpClient Auth = new HttpClient();

                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var token = await FetchAsync();
                    request.Headers.Add("Authorization", "Bearer " + token);
                    return await base.SendAsync(request, cancellationToken);
                }

                private static async Task<string> FetchAsync()
                {
                    var response = await Auth.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = "a", app_secret = "s" });
                    var body = await response.Content.ReadFromJsonAsync<TokenAnswer>();
                    return body!.tenant_access_token;
                }

                private sealed class TokenAnswer { public string tenant_access_token { get; set; } = ""; }
            }

            sealed class LoggingHandler : DelegatingHandler
            {
                public LoggingHandler(HttpMessageHandler inner) : base(inner) { }

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    Console.WriteLine(request.RequestUri);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            """;

        /// <summary>A handler that sets the header in both branches of an if/else sets it on every request: it overwrites the request's own.</summary>
        private const string BranchingHandler = """

            sealed class BranchingHandler : DelegatingHandler
            {
                private readonly bool _cached;
                private readonly string _first, _second;
                public BranchingHandler(bool cached, string first, string second) : base(new HttpClientHandler()) { _cached = cached; _first = first; _second = second; }

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    if (_cached)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _first);
                    }
                    else
                    {
                        request.Headers.Remove("Authorization");
                        request.Headers.Add("Authorization", "Bearer " + _second);
                    }

                    return base.SendAsync(request, cancellationToken);
                }
            }

            """;

        private const string BranchingUse = """
            class Rooms
            {
                Task<HttpResponseMessage> List(bool cached, string userAccessToken, string tenantAccessToken, string otherTenantAccessToken)
                {
                    var client = new HttpClient(new BranchingHandler(cached, FIRST, SECOND));
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return client.MARKER(request);
                }
            }
            """;

        [Fact]
        public Task AHandlerThatSetsTheHeaderInBothBranchesOverwritesTheRequestsOwn() =>
            VerifyAsync(Usings + BranchingUse.Replace("FIRST", "tenantAccessToken").Replace("SECOND", "otherTenantAccessToken").Replace("MARKER", "SendAsync") + BranchingHandler);

        [Fact]
        public Task AUserTokenInEitherBranchIsReported() =>
            VerifyAsync(Usings + BranchingUse.Replace("FIRST", "tenantAccessToken").Replace("SECOND", "userAccessToken").Replace("MARKER", "{|FSUAT001:SendAsync|}") + BranchingHandler);

        [Fact]
        public Task AHandlerThatSetsTheHeaderInOnlyOneBranchLeavesTheRequestsOwnAsAPath() =>
            VerifyAsync(Usings + BranchingUse.Replace("FIRST", "tenantAccessToken").Replace("SECOND", "otherTenantAccessToken").Replace("MARKER", "{|FSUAT001:SendAsync|}")
                + BranchingHandler.Replace("request.Headers.Add(\"Authorization\", \"Bearer \" + _second);", "Console.WriteLine(_second);"));

        [Fact]
        public Task UserTokenSetByTheHandlerIsReportedAtTheSend() => VerifyAsync(Usings + """
            class Rooms
            {
                Task<string> List(string accessToken)
                {
                    var client = new HttpClient(new UserTokenHandler(accessToken)) { BaseAddress = new Uri("https://open.feishu.cn/") };
                    return client.{|FSUAT001:GetStringAsync|}("open-apis/vc/v1/rooms");
                }
            }
            """ + Handlers);

        [Fact]
        public Task TenantTokenSetByTheHandlerIsNotReported() => VerifyAsync(Usings + """
            class Rooms
            {
                private readonly HttpClient _client = new HttpClient(new TenantTokenHandler());

                Task<string> List() => _client.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """ + Handlers);

        [Fact]
        public Task EndpointThatAcceptsUserTokensIsNotReported() => VerifyAsync(Usings + """
            class Meetings
            {
                Task<string> Get(string accessToken, string id) =>
                    new HttpClient(new UserTokenHandler(accessToken)).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/meetings/" + id);
            }
            """ + Handlers);

        [Fact]
        public Task HandlerThatSetsNoAuthorizationLeavesTheRequestAlone() => VerifyAsync(Usings + """
            class Rooms
            {
                Task<string> Anonymous() => new HttpClient(new LoggingHandler(new HttpClientHandler())).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<HttpResponseMessage> OwnHeader(string userAccessToken)
                {
                    var client = new HttpClient(new LoggingHandler(new HttpClientHandler()));
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return client.{|FSUAT001:SendAsync|}(request);
                }
            }
            """ + Handlers);

        [Fact]
        public Task HandlerHeldInALocalOrAFieldOrInnerInTheChain() => VerifyAsync(Usings + """
            class Rooms
            {
                private readonly DelegatingHandler _handler;
                private readonly HttpClient _client;

                Rooms(string token)
                {
                    _handler = new UserTokenHandler(token);
                    _client = new HttpClient(_handler);
                }

                Task<string> ViaField() => _client.{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<string> ViaLocal(string token)
                {
                    var handler = new UserTokenHandler(token);
                    using var client = new HttpClient(handler, disposeHandler: false);
                    return client.{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
                }

                Task<string> Inner(string token) =>
                    new HttpClient(new LoggingHandler(new UserTokenHandler(token))).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/room_levels");

                Task<string> TenantInner() =>
                    new HttpClient(new LoggingHandler(new TenantTokenHandler())).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/room_levels");
            }
            """ + Handlers);

        [Fact]
        public Task HttpClientFactoryCreateRunsTheHandlers() => VerifyAsync(Usings + """
            class Rooms
            {
                Task<string> User(string token) =>
                    HttpClientFactory.Create(new UserTokenHandler(token)).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<string> Tenant() =>
                    HttpClientFactory.Create(new HttpClientHandler(), new TenantTokenHandler()).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """ + Handlers);

        [Fact]
        public Task TheHandlersTokenIsTheConstructorArgument() => VerifyAsync(Usings + """
            sealed class BearerHandler : DelegatingHandler
            {
                private readonly string _token;
                public BearerHandler(string token) => _token = token;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            class Rooms
            {
                Task<string> User(string userAccessToken) =>
                    new HttpClient(new BearerHandler(userAccessToken)).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<string> Tenant(string tenantAccessToken) =>
                    new HttpClient(new BearerHandler(tenantAccessToken)).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """);

        [Fact]
        public Task AHandlerThatAssignsAuthorizationOverwritesTheRequestsOwn() => VerifyAsync(Usings + """
            sealed class TenantWithCheckHandler : DelegatingHandler
            {
                private readonly string _tenantAccessToken = "";

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    // A return inside a lambda does not leave SendAsync: the header is still set on every request.
                    Func<string, bool> valid = token => { if (token.Length == 0) { return false; } return true; };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tenantAccessToken);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            class Rooms
            {
                Task<HttpResponseMessage> TenantWinsDespiteALambda(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return new HttpClient(new TenantWithCheckHandler()).SendAsync(request);
                }

                Task<HttpResponseMessage> TenantWins(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return new HttpClient(new TenantTokenHandler()).SendAsync(request);
                }

                Task<HttpResponseMessage> UserWins(string tenantAccessToken, string token)
                {
                    var client = new HttpClient(new UserTokenHandler(token));
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return client.{|FSUAT001:SendAsync|}(request);
                }
            }
            """ + Handlers);

        [Fact]
        public Task AHandlerThatOnlyFillsAMissingHeaderLeavesTheRequestsOwn() => VerifyAsync(Usings + """
            sealed class FallbackHandler : DelegatingHandler
            {
                private readonly string _userToken;
                public FallbackHandler(string userToken) => _userToken = userToken;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    if (request.Headers.Authorization == null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userToken);
                    }

                    return base.SendAsync(request, cancellationToken);
                }
            }

            sealed class EarlyExitHandler : DelegatingHandler
            {
                private readonly string _userToken;
                public EarlyExitHandler(string userToken) => _userToken = userToken;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    if (request.Headers.Contains("Authorization"))
                    {
                        return base.SendAsync(request, cancellationToken);
                    }

                    request.Headers.Add("Authorization", $"Bearer {_userToken}");
                    return base.SendAsync(request, cancellationToken);
                }
            }

            sealed class CoalescingHandler : DelegatingHandler
            {
                private readonly string _userToken;
                public CoalescingHandler(string userToken) => _userToken = userToken;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", _userToken);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            class Rooms
            {
                Task<HttpResponseMessage> Coalescing(string tenantAccessToken, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return new HttpClient(new CoalescingHandler(token)).SendAsync(request);
                }

                Task<string> CoalescingMissing(string token) =>
                    new HttpClient(new CoalescingHandler(token)).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<HttpResponseMessage> OwnTenantToken(string tenantAccessToken, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return new HttpClient(new FallbackHandler(token)).SendAsync(request);
                }

                Task<string> DefaultTenantToken(string tenantAccessToken, string token)
                {
                    var client = new HttpClient(new EarlyExitHandler(token));
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return client.GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }

                Task<string> Missing(string token) =>
                    new HttpClient(new FallbackHandler(token)).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<string> MissingEarlyExit(string token) =>
                    new HttpClient(new EarlyExitHandler(token)).{|FSUAT001:GetStringAsync|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """);

        [Fact]
        public Task AHandlerThatSetsTheHeaderOnlySometimesAddsAPath() => VerifyAsync(Usings + """
            sealed class SometimesHandler : DelegatingHandler
            {
                private readonly string _userToken;
                public SometimesHandler(string userToken) => _userToken = userToken;

                public bool AsUser { get; set; }

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    if (AsUser)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userToken);
                    }

                    return base.SendAsync(request, cancellationToken);
                }
            }

            class Rooms
            {
                Task<HttpResponseMessage> Maybe(string tenantAccessToken, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAccessToken);
                    return new HttpClient(new SometimesHandler(token)).{|FSUAT001:SendAsync|}(request);
                }
            }
            """);
    }
}
