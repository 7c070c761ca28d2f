using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>Named and typed clients configured in DI (AddHttpClient, ConfigureHttpClient, AddHttpMessageHandler), matched where they are used.</summary>
    public sealed class RegisteredClientHandlerTests
    {
        private const string Usings = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;

            """;

        private const string Handlers = """

            sealed class UserTokenHandler : DelegatingHandler
            {
                private readonly string _userAccessToken = "";

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            sealed class TenantTokenHandler : DelegatingHandler
            {
                private readonly string _tenantAccessToken = "";

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tenantAccessToken);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            sealed class QuietHandler : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
            }

            """;

        [Fact]
        public Task NamedClientsGetTheirOwnBaseAddressAndDefaultHeaders() => VerifyAsync(Usings + """
            static class Startup
            {
                public static void Configure(IServiceCollection services, string userAccessToken, string tenantAccessToken)
                {
                    services.AddHttpClient("feishu-user", c =>
                    {
                        c.BaseAddress = new Uri("https://open.feishu.cn/");
                        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    });
                    services.AddHttpClient("feishu-tenant", (sp, c) =>
                    {
                        c.BaseAddress = new Uri("https://open.feishu.cn/");
                        c.DefaultRequestHeaders.Add("Authorization", "Bearer " + tenantAccessToken);
                    });
                }
            }

            class Rooms
            {
                private const string UserClient = "feishu-user";
                private readonly IHttpClientFactory _factory;
                Rooms(IHttpClientFactory factory) => _factory = factory;

                Task<string> AsUser() => _factory.CreateClient(UserClient).{|FSUAT001:GetStringAsync|}("open-apis/vc/v1/rooms");

                Task<string> AsTenant() => _factory.CreateClient("feishu-tenant").GetStringAsync("open-apis/vc/v1/rooms");

                Task<string> Meeting(string id) => _factory.CreateClient("feishu-user").GetStringAsync("open-apis/vc/v1/meetings/" + id);

                Task<string> Unregistered() => _factory.CreateClient("other").GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");

                Task<string> NotAConstant(string name) => _factory.CreateClient(name).GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """);

        [Fact]
        public Task NamedClientsRunTheirRegisteredHandlers() => VerifyAsync(Usings + """
            static class Startup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddHttpClient("user", c => c.BaseAddress = new Uri("https://open.feishu.cn/open-apis/"))
                        .AddHttpMessageHandler<UserTokenHandler>();
                    services.AddHttpClient("tenant", c => c.BaseAddress = new Uri("https://open.feishu.cn/open-apis/"))
                        .AddHttpMessageHandler(() => new TenantTokenHandler());
                    services.AddHttpClient("quiet")
                        .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://open.feishu.cn/open-apis/"))
                        .AddHttpMessageHandler(sp => new QuietHandler());
                    services.AddHttpClient("user-then-tenant")
                        .AddHttpMessageHandler<UserTokenHandler>()
                        .AddHttpMessageHandler<TenantTokenHandler>();
                }
            }

            class Rooms
            {
                private readonly IHttpClientFactory _factory;
                Rooms(IHttpClientFactory factory) => _factory = factory;

                Task<string> User() => _factory.CreateClient("user").{|FSUAT001:GetStringAsync|}("vc/v1/rooms");

                Task<string> UserToAMeeting() => _factory.CreateClient("user").GetStringAsync("vc/v1/meetings/1");

                Task<string> Tenant() => _factory.CreateClient("tenant").GetStringAsync("vc/v1/rooms");

                Task<string> Quiet() => _factory.CreateClient("quiet").GetStringAsync("vc/v1/rooms");

                Task<string> InnermostWins() => _factory.CreateClient("user-then-tenant").GetStringAsync("https://open.feishu.cn/open-apis/vc/v1/rooms");
            }
            """ + Handlers);

        [Fact]
        public Task TypedClientsGetTheirRegistration() => VerifyAsync(Usings + """
            static class Startup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddHttpClient<UserRooms>(c => c.BaseAddress = new Uri("https://open.feishu.cn/"))
                        .AddHttpMessageHandler<UserTokenHandler>();
                    services.AddHttpClient<IRooms, TenantRooms>(c => c.BaseAddress = new Uri("https://open.feishu.cn/"))
                        .AddHttpMessageHandler<TenantTokenHandler>();
                }
            }

            interface IRooms { Task<string> List(); }

            sealed class UserRooms : IRooms
            {
                private readonly HttpClient _client;
                public UserRooms(HttpClient client) => _client = client;

                public Task<string> List() => _client.{|FSUAT001:GetStringAsync|}("open-apis/vc/v1/rooms");
            }

            sealed class TenantRooms(HttpClient client) : IRooms
            {
                public Task<string> List() => client.GetStringAsync("open-apis/vc/v1/rooms");
            }

            sealed class Unregistered(HttpClient client)
            {
                public Task<string> List() => client.GetStringAsync("open-apis/vc/v1/rooms");
            }
            """ + Handlers);
    }
}
