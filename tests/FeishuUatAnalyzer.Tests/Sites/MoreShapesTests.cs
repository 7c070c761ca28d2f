using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>More shapes from application code: default headers on RestSharp clients, configured base addresses, generic and static helpers.</summary>
    public sealed class MoreShapesTests
    {
        [Fact]
        public Task RestSharpDefaultHeaderSetInTheConstructor() => VerifyAsync("""
            using RestSharp;

            class Rooms
            {
                private readonly RestClient _client = new RestClient("https://open.feishu.cn");

                public Rooms(string userAccessToken) => _client.AddDefaultHeader("Authorization", $"Bearer {userAccessToken}");

                public RestResponse List() => _client.{|FSUAT001:Execute|}(new RestRequest("/open-apis/vc/v1/rooms"));
                public RestResponse Meetings() => _client.Execute(new RestRequest("/open-apis/vc/v1/meetings/1"));
            }
            """);

        [Fact]
        public Task BaseAddressFromConfigurationWithARelativeOpenApisPath() => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;

            class Rooms
            {
                private readonly HttpClient _http;

                public Rooms(HttpClient http, IConfiguration config)
                {
                    _http = http;
                    _http.BaseAddress = new Uri(config["Feishu:BaseUrl"]!);
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", config["Feishu:UserAccessToken"]);
                }

                public Task<string> List() => _http.{|FSUAT001:GetStringAsync|}("open-apis/vc/v1/rooms");
            }
            """);

        [Fact]
        public Task GenericStaticHelperInAnotherClassAndALocalFunction() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            static class FeishuApi
            {
                private static readonly HttpClient Http = new HttpClient { BaseAddress = new System.Uri("https://open.feishu.cn/") };

                public static async Task<T?> SendAsync<T>(HttpMethod method, string path, string token)
                {
                    using var request = new HttpRequestMessage(method, path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    using var response = await Http.SendAsync(request);
                    return await response.Content.ReadFromJsonAsync<T>();
                }
            }

            class Levels
            {
                public Task<object?> Get(string id, string uat) => FeishuApi.{|FSUAT001:SendAsync|}<object>(HttpMethod.Get, "open-apis/vc/v1/room_levels/" + id, uat);

                public Task<object?> Local(string tenantAccessToken, string userAccessToken)
                {
                    Task<object?> Call(string token) => FeishuApi.SendAsync<object>(HttpMethod.Get, "open-apis/vc/v1/room_levels", token);
                    Call(tenantAccessToken);
                    return {|FSUAT001:Call|}(userAccessToken);
                }
            }
            """);

        [Fact]
        public Task WebApiClientCoreInterfaceDeclaredInTheProject() => VerifyAsync("""
            using System.Threading.Tasks;
            using WebApiClientCore;
            using WebApiClientCore.Attributes;

            namespace WebApiClientCore.Attributes
            {
                [System.AttributeUsage(System.AttributeTargets.Parameter)]
                public sealed class HeaderAttribute : System.Attribute { public HeaderAttribute(string name) { } }
            }

            [HttpHost("https://open.larksuite.com/")]
            public interface ILarkRooms : IHttpApi
            {
                [HttpPost("open-apis/vc/v1/room_levels/del")]
                Task<string> DeleteLevel([Header("Authorization")] string authorization, [JsonContent] object body);
            }

            class C
            {
                Task<string> Run(ILarkRooms api, string userToken) => api.{|FSUAT001:DeleteLevel|}("Bearer " + userToken, new { room_level_id = "1" });
            }
            """);
    

        [Fact]
        public Task RouteTemplateFilledWithReplace() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class Rooms
            {
                private const string RoomRoute = "https://open.feishu.cn/open-apis/vc/v1/rooms/{room_id}";

                Task<HttpResponseMessage> Patch(HttpClient http, string roomId, string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Patch, RoomRoute.Replace("{room_id}", roomId));
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    return http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """);
    }
}
