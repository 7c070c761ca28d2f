using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    public sealed class HttpWebRequestSiteTests
    {
        // WebRequest.Create is obsolete (SYSLIB0014) since .NET 6, a warning that the tests do not need to see.
        private const string Usings = """
            #pragma warning disable SYSLIB0014
            using System;
            using System.IO;
            using System.Net;
            using System.Text;
            using System.Threading.Tasks;

            """;

        [Fact]
        public Task ReportsGetResponseWithUserTokenNotGetRequestStream() => VerifyAsync(Usings + """
            class C
            {
                string Mget(string userAccessToken)
                {
                    var request = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/mget");
                    request.Method = "POST";
                    request.ContentType = "application/json";
                    request.Headers["Authorization"] = "Bearer " + userAccessToken;
                    using (var body = request.GetRequestStream())
                    {
                        var bytes = Encoding.UTF8.GetBytes("{\"room_ids\":[]}");
                        body.Write(bytes, 0, bytes.Length);
                    }

                    using var response = (HttpWebResponse)request.{|FSUAT001:GetResponse|}();
                    using var reader = new StreamReader(response.GetResponseStream());
                    return reader.ReadToEnd();
                }
            }
            """);

        private const string MadeInTwoPlaces = """
            class C
            {
                WebResponse List(bool levels, string userAccessToken)
                {
                    HttpWebRequest request;
                    if (levels)
                    {
                        request = WebRequest.CreateHttp("https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    }
                    else
                    {
                        request = WebRequest.CreateHttp("https://open.feishu.cn/open-apis/vc/v1/OTHER");
                    }

                    request.Method = "POST";
                    request.Headers.Add("Authorization", "Bearer " + userAccessToken);
                    return request.MARKER();
                }
            }
            """;

        [Fact]
        public Task ARequestMadeInTwoPlacesGoesToOneOfTheirUrls() =>
            VerifyAsync(Usings + MadeInTwoPlaces.Replace("OTHER", "rooms").Replace("MARKER", "{|FSUAT001:GetResponse|}"));

        [Fact]
        public Task ARequestMadeInTwoPlacesWhoseEndpointsDisagreeIsNotReported() =>
            VerifyAsync(Usings + MadeInTwoPlaces.Replace("OTHER", "rooms/search").Replace("MARKER", "GetResponse"));

        [Fact]
        public Task ReportsEveryCreationAndHeaderForm() => VerifyAsync(Usings + """
            class C
            {
                async Task Get(string roomId, string uat)
                {
                    HttpWebRequest request = WebRequest.CreateHttp(new Uri($"https://open.feishu.cn/open-apis/vc/v1/rooms/{roomId}"));
                    request.Headers.Add(HttpRequestHeader.Authorization, "Bearer " + uat);
                    using var response = await request.{|FSUAT001:GetResponseAsync|}();
                }

                void Delete(string roomId, string userAccessToken)
                {
                    WebRequest request = WebRequest.Create(new Uri("https://open.feishu.cn/open-apis/vc/v1/rooms/" + roomId));
                    request.Method = "DELETE";
                    request.Headers.Set(HttpRequestHeader.Authorization, $"Bearer {userAccessToken}");
                    request.{|FSUAT001:GetResponse|}().Dispose();
                }

                void Levels(string userAccessToken)
                {
                    var request = WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/room_levels");
                    request.Headers.Add("Authorization", "Bearer " + userAccessToken);
                    request.{|FSUAT001:BeginGetResponse|}(null, null);
                }
            }
            """);

        [Fact]
        public Task IgnoresTenantTokenUserEndpointsAndRequestsWithoutAuthorization() => VerifyAsync(Usings + """
            class C
            {
                void Run(string tenantAccessToken, string userAccessToken, string id)
                {
                    var tenant = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);
                    tenant.Headers["Authorization"] = "Bearer " + tenantAccessToken;
                    tenant.GetResponse();

                    var user = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/meetings/" + id);
                    user.Headers["Authorization"] = "Bearer " + userAccessToken;
                    user.GetResponse();

                    var anonymous = WebRequest.CreateHttp("https://open.feishu.cn/open-apis/vc/v1/rooms/" + id);
                    anonymous.Headers.Add("X-Trace", userAccessToken);
                    anonymous.GetResponse();
                }
            }
            """);

        [Fact]
        public Task ReportsUnknownTokenKindOnMeetingRooms() => VerifyAsync(Usings + """
            public class RoomsApi
            {
                public WebResponse Get(string roomId, string accessToken)
                {
                    var request = (HttpWebRequest)WebRequest.Create($"https://open.feishu.cn/open-apis/vc/v1/rooms/{roomId}");
                    request.Headers["Authorization"] = $"Bearer {accessToken}";
                    return request.{|FSUAT002:GetResponse|}();
                }
            }
            """);

        [Fact]
        public Task ReportsTenantTokenOnRoomSearchOnlyWhenPosted() => VerifyAsync(Usings + """
            class C
            {
                void Search(string tenantAccessToken)
                {
                    var post = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/search");
                    post.Method = "POST";
                    post.Headers.Add("Authorization", "Bearer " + tenantAccessToken);
                    post.{|FSUAT003:GetResponse|}();

                    var get = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/search");
                    get.Headers.Add("Authorization", "Bearer " + tenantAccessToken);
                    get.GetResponse();
                }
            }
            """);

        [Fact]
        public Task ReadsARequestBuiltByAHelper() => VerifyAsync(Usings + """
            class Feishu
            {
                private static HttpWebRequest Build(string path, string token)
                {
                    var request = WebRequest.CreateHttp("https://open.feishu.cn" + path);
                    request.Headers[HttpRequestHeader.Authorization] = "Bearer " + token;
                    return request;
                }

                WebResponse Rooms(string userAccessToken) => Build("/open-apis/vc/v1/rooms", userAccessToken).{|FSUAT001:GetResponse|}();
                WebResponse Tenant(string tenantAccessToken) => Build("/open-apis/vc/v1/rooms", tenantAccessToken).GetResponse();
            }
            """);
    }
}
