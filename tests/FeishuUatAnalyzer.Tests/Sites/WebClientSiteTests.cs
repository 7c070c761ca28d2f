using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    public sealed class WebClientSiteTests
    {
        // WebClient is obsolete (SYSLIB0014) since .NET 6, a warning that the tests do not need to see.
        private const string Usings = """
            #pragma warning disable SYSLIB0014
            using System;
            using System.Collections.Specialized;
            using System.Net;
            using System.Threading.Tasks;

            """;

        [Fact]
        public Task ReportsDownloadStringWithUserTokenInHeadersIndexer() => VerifyAsync(Usings + """
            class C
            {
                string Room(string roomId, string userAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers["Authorization"] = "Bearer " + userAccessToken;
                    return client.{|FSUAT001:DownloadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms/" + roomId);
                }
            }
            """);

        [Fact]
        public Task ReportsEveryHeaderFormAndSendMethod() => VerifyAsync(Usings + """
            class C
            {
                string Mget(string uat) // UploadString without a method: POST
                {
                    var client = new WebClient();
                    client.Headers.Add(HttpRequestHeader.Authorization, $"Bearer {uat}");
                    return client.{|FSUAT001:UploadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms/mget", "{\"room_ids\":[]}");
                }

                byte[] Delete(string id, string userAccessToken)
                {
                    var client = new WebClient();
                    client.Headers.Set("Authorization", "Bearer " + userAccessToken);
                    return client.{|FSUAT001:UploadData|}(new Uri("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id), "DELETE", new byte[0]);
                }

                Task<string> Levels(string userAccessToken)
                {
                    var client = new WebClient();
                    client.Headers.Add("Authorization: Bearer " + userAccessToken);
                    return client.{|FSUAT001:DownloadStringTaskAsync|}(new Uri("https://open.feishu.cn/open-apis/vc/v1/room_levels"));
                }

                void Scope(string userAccessToken)
                {
                    var client = new WebClient { Headers = { [HttpRequestHeader.Authorization] = "Bearer " + userAccessToken } };
                    client.{|FSUAT001:DownloadDataAsync|}(new Uri("https://open.feishu.cn/open-apis/vc/v1/scope_config?scope_type=1"));
                    client.{|FSUAT001:OpenRead|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }

                byte[] Create(string userAccessToken)
                {
                    var client = new WebClient { Headers = { { "Authorization", "Bearer " + userAccessToken } } };
                    return client.{|FSUAT001:UploadValues|}("https://open.feishu.cn/open-apis/vc/v1/rooms", new NameValueCollection());
                }
            }
            """);

        [Fact]
        public Task ResolvesAgainstBaseAddressWithHeadersSetOnAFieldInTheConstructor() => VerifyAsync(Usings + """
            class RoomDirectory
            {
                private readonly WebClient _client = new WebClient { BaseAddress = "https://open.feishu.cn/open-apis/" };

                public RoomDirectory(string userAccessToken)
                {
                    _client.Headers[HttpRequestHeader.Authorization] = "Bearer " + userAccessToken;
                }

                public string Rooms() => _client.{|FSUAT001:DownloadString|}("vc/v1/rooms?page_size=50");

                public string RelativeUri() => _client.{|FSUAT001:DownloadString|}(new Uri("vc/v1/rooms", UriKind.Relative));

                // Rooted: resolves to https://open.feishu.cn/vc/v1/rooms, not an open-apis endpoint.
                public string Rooted() => _client.DownloadString("/vc/v1/rooms");

                // Absolute: BaseAddress is not used.
                public string Meeting(string id) => _client.DownloadString("https://open.feishu.cn/open-apis/vc/v1/meetings/" + id);
            }
            """);

        [Fact]
        public Task IgnoresTenantTokenUserEndpointsAndClientsWithoutAuthorization() => VerifyAsync(Usings + """
            class C
            {
                void Run(string tenantAccessToken, string userAccessToken, string id)
                {
                    var tenant = new WebClient();
                    tenant.Headers["Authorization"] = "Bearer " + tenantAccessToken;
                    tenant.DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);

                    var user = new WebClient();
                    user.Headers.Add("Authorization", "Bearer " + userAccessToken);
                    user.DownloadString("https://open.feishu.cn/open-apis/vc/v1/meetings/" + id);

                    var anonymous = new WebClient();
                    anonymous.Headers["X-Trace"] = userAccessToken;
                    anonymous.DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);
                    new WebClient().DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }
            }
            """);

        [Fact]
        public Task IgnoresAClassOfYourOwnCalledWebClient() => VerifyAsync("""
            using System.Collections.Generic;

            namespace Mine
            {
                class WebClient
                {
                    public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>();
                    public string DownloadString(string address) => address;
                }

                class C
                {
                    string Rooms(string userAccessToken)
                    {
                        var client = new WebClient();
                        client.Headers["Authorization"] = "Bearer " + userAccessToken;
                        return client.DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms");
                    }
                }
            }
            """);

        [Fact]
        public Task ReportsUnknownTokenKindOnMeetingRooms() => VerifyAsync(Usings + """
            public class RoomsApi
            {
                public string Get(string roomId, string accessToken)
                {
                    using var client = new WebClient();
                    client.Headers.Add("Authorization", "Bearer " + accessToken);
                    return client.{|FSUAT002:DownloadString|}($"https://open.feishu.cn/open-apis/vc/v1/rooms/{roomId}");
                }
            }
            """);

        [Fact]
        public Task ReportsTenantTokenOnRoomSearchOnlyWhenPosted() => VerifyAsync(Usings + """
            class C
            {
                void Search(string tenantAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers["Authorization"] = $"Bearer {tenantAccessToken}";
                    client.{|FSUAT003:UploadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms/search", "POST", "{\"query\":\"5F\"}");
                    client.{|FSUAT003:UploadStringAsync|}(new Uri("https://open.feishu.cn/open-apis/vc/v1/rooms/search"), "{\"query\":\"5F\"}");
                    client.DownloadString("https://open.feishu.cn/open-apis/vc/v1/rooms/search");
                    client.UploadString("https://open.feishu.cn/open-apis/vc/v1/rooms/search", "PUT", "{}");
                }
            }
            """);

        [Fact]
        public Task ReportsAtTheCallOfAHelperThatUsesAWebClient() => VerifyAsync(Usings + """
            class Feishu
            {
                private static string Get(string path, string token)
                {
                    using var client = new WebClient { BaseAddress = "https://open.feishu.cn" };
                    client.Headers[HttpRequestHeader.Authorization] = "Bearer " + token;
                    return client.DownloadString(path);
                }

                string Rooms(string userAccessToken) => {|FSUAT001:Get|}("/open-apis/vc/v1/rooms", userAccessToken);
                string Tenant(string tenantAccessToken) => Get("/open-apis/vc/v1/rooms", tenantAccessToken);
                string Meetings(string userAccessToken) => Get("/open-apis/vc/v1/meetings/m1", userAccessToken);
            }
            """);
    }
}
