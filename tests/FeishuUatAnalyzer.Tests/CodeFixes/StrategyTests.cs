using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>Each strategy and token shape, before and after; the fixed code must compile and Fix All must agree.</summary>
    public sealed class StrategyTests
    {
        [Fact]
        public Task SdkUserCallMovesToTenantApiInScopeKeepingNamedArguments() => VerifyAsync("""
            using System.Threading.Tasks;
            using FeishuNetSdk;

            class RoomAdmin
            {
                private readonly IFeishuUserApi _userApi;
                private readonly IFeishuTenantApi _tenantApi;

                public RoomAdmin(IFeishuUserApi userApi, IFeishuTenantApi tenantApi)
                {
                    _userApi = userApi;
                    _tenantApi = tenantApi;
                }

                public async Task<int> CountAsync(string accessToken)
                {
                    var rooms = await _userApi.{|FSUAT001:GetVcV1RoomsAsync|}(accessToken, page_size: 50);
                    return 0;
                }
            }
            """, """
            using System.Threading.Tasks;
            using FeishuNetSdk;

            class RoomAdmin
            {
                private readonly IFeishuUserApi _userApi;
                private readonly IFeishuTenantApi _tenantApi;

                public RoomAdmin(IFeishuUserApi userApi, IFeishuTenantApi tenantApi)
                {
                    _userApi = userApi;
                    _tenantApi = tenantApi;
                }

                public async Task<int> CountAsync(string accessToken)
                {
                    var rooms = await _tenantApi.GetVcV1RoomsAsync(page_size: 50);
                    return 0;
                }
            }
            """);

        [Fact]
        public Task SdkUserCallGetsInjectedTenantApiWhenNoneInScope() => VerifyAsync("""
            using System.Threading.Tasks;
            using FeishuNetSdk;

            class RoomAdmin
            {
                private readonly IFeishuUserApi _userApi;

                public RoomAdmin(IFeishuUserApi userApi)
                {
                    _userApi = userApi;
                }

                public Task DeleteAsync(string accessToken, string roomId) =>
                    _userApi.{|FSUAT001:DeleteVcV1RoomsByRoomIdAsync|}(accessToken, roomId);
            }
            """, """
            using System.Threading.Tasks;
            using FeishuNetSdk;

            class RoomAdmin
            {
                private readonly IFeishuUserApi _userApi;
                private readonly IFeishuTenantApi _tenantApi;

                public RoomAdmin(IFeishuUserApi userApi, IFeishuTenantApi tenantApi)
                {
                    _userApi = userApi;
                    _tenantApi = tenantApi;
                }

                public Task DeleteAsync(string accessToken, string roomId) =>
                    _tenantApi.DeleteVcV1RoomsByRoomIdAsync(roomId);
            }
            """);

        [Fact]
        public Task ReachableTenantMethodReplacesUserTokenInRestSharpHeader() => VerifyAsync("""
            using RestSharp;

            class Service
            {
                private readonly RestClient _client = new RestClient("https://open.feishu.cn/");

                public RestResponse CreateLevel(string userAccessToken)
                {
                    var request = new RestRequest("open-apis/vc/v1/room_levels", Method.Post);
                    request.AddParameter("Authorization", $"Bearer {userAccessToken}", ParameterType.HttpHeader);
                    return _client.{|FSUAT001:Execute|}(request);
                }

                private string GetToken()
                {
                    var request = new RestRequest("open-apis/auth/v3/tenant_access_token/internal", Method.Post);
                    var response = _client.Execute<TokenResult>(request);
                    return response.Data?.tenant_access_token ?? "";
                }
            }

            class TokenResult { public string? tenant_access_token { get; set; } }
            """, """
            using RestSharp;

            class Service
            {
                private readonly RestClient _client = new RestClient("https://open.feishu.cn/");

                public RestResponse CreateLevel(string userAccessToken)
                {
                    var request = new RestRequest("open-apis/vc/v1/room_levels", Method.Post);
                    request.AddParameter("Authorization", $"Bearer {GetToken()}", ParameterType.HttpHeader);
                    return _client.Execute(request);
                }

                private string GetToken()
                {
                    var request = new RestRequest("open-apis/auth/v3/tenant_access_token/internal", Method.Post);
                    var response = _client.Execute<TokenResult>(request);
                    return response.Data?.tenant_access_token ?? "";
                }
            }

            class TokenResult { public string? tenant_access_token { get; set; } }
            """);

        [Fact]
        public Task ReachableAsyncTenantMethodIsAwaited() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> GetRoomAsync(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                    var response = await _http.{|FSUAT001:SendAsync|}(request);
                    return await response.Content.ReadAsStringAsync();
                }

                private Task<string> GetTenantAccessTokenAsync() => Task.FromResult("t-1");
            }
            """, """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            class C
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> GetRoomAsync(string userAccessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await GetTenantAccessTokenAsync());
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }

                private Task<string> GetTenantAccessTokenAsync() => Task.FromResult("t-1");
            }
            """);

        [Fact]
        public Task SiblingTenantMemberReplacesRefitArgument() => VerifyAsync("""
            using System.Threading.Tasks;
            using Refit;

            public interface IRooms
            {
                [Get("/open-apis/vc/v1/rooms/{roomId}")]
                Task<string> GetRoomAsync(string roomId, [Authorize("Bearer")] string accessToken);
            }

            class Session
            {
                public string UserAccessToken { get; set; } = "";
                public string TenantAccessToken { get; set; } = "";
            }

            class Browser
            {
                private readonly IRooms _rooms;
                private readonly Session _session;

                public Browser(IRooms rooms, Session session) { _rooms = rooms; _session = session; }

                public Task ShowAsync(string roomId) => _rooms.{|FSUAT001:GetRoomAsync|}(roomId, _session.UserAccessToken);
            }
            """, """
            using System.Threading.Tasks;
            using Refit;

            public interface IRooms
            {
                [Get("/open-apis/vc/v1/rooms/{roomId}")]
                Task<string> GetRoomAsync(string roomId, [Authorize("Bearer")] string accessToken);
            }

            class Session
            {
                public string UserAccessToken { get; set; } = "";
                public string TenantAccessToken { get; set; } = "";
            }

            class Browser
            {
                private readonly IRooms _rooms;
                private readonly Session _session;

                public Browser(IRooms rooms, Session session) { _rooms = rooms; _session = session; }

                public Task ShowAsync(string roomId) => _rooms.GetRoomAsync(roomId, _session.TenantAccessToken);
            }
            """);

        [Fact]
        public Task NoFixForRoomSearchWithTenantToken() => VerifyNoFixAsync("""
            using System.Threading.Tasks;
            using Refit;

            public interface IRooms
            {
                [Post("/open-apis/vc/v1/rooms/search")]
                Task<string> SearchAsync([Body] object query, [Authorize("Bearer")] string accessToken);
            }

            class Browser
            {
                private readonly IRooms _rooms;
                public Browser(IRooms rooms) { _rooms = rooms; }
                public Task SearchAsync(string tenantAccessToken) => _rooms.{|FSUAT003:SearchAsync|}(new { query = "5F" }, tenantAccessToken);
            }
            """);
    }
}
