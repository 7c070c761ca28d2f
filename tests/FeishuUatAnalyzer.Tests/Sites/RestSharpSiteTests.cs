using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    public sealed class RestSharpSiteTests
    {
        [Fact]
        public Task ReportsHeaderParameterOnRelativeResource() => VerifyAsync("""
            using RestSharp;

            class Service
            {
                private const string RoomsUrl = "open-apis/vc/v1/rooms";
                private readonly RestClient _client = new RestClient("https://open.feishu.cn/");

                RestResponse Create(string userAccessToken)
                {
                    var request = new RestRequest(RoomsUrl + "?user_id_type=user_id", Method.Post);
                    request.AddParameter("Authorization", $"Bearer {userAccessToken}", ParameterType.HttpHeader);
                    return _client.{|FSUAT001:Execute|}(request);
                }

                RestResponse Meeting(string userAccessToken)
                {
                    var request = new RestRequest("open-apis/vc/v1/meetings/1", Method.Get);
                    request.AddParameter("Authorization", $"Bearer {userAccessToken}", ParameterType.HttpHeader);
                    return _client.Execute(request);
                }
            }
            """);

        [Fact]
        public Task JoinsBaseAndResourceWhateverTheSlashesThroughFluentChains() => VerifyAsync("""
            using System.Threading.Tasks;
            using RestSharp;

            class Service
            {
                Task<RestResponse> Levels(string userAccessToken)
                {
                    var client = new RestClient("https://open.feishu.cn/open-apis");
                    var request = new RestRequest("/vc/v1/room_levels", Method.Post).AddJsonBody(new { name = "Tower C" }).AddHeader("Authorization", "Bearer " + userAccessToken);
                    return client.{|FSUAT001:ExecuteAsync|}(request);
                }
            }
            """);

        [Fact]
        public Task ExecuteVerbMethodsSendTheirVerbWhateverTheRequestSays() => VerifyAsync("""
            using System.Threading.Tasks;
            using RestSharp;

            class Service
            {
                private readonly RestClient _client = new RestClient(new RestClientOptions("https://open.feishu.cn"));

                Task<RestResponse> Run(string userAccessToken)
                {
                    // Made as GET rooms/search (not an endpoint), sent as POST rooms/mget? No: the resource decides the path, ExecutePostAsync the verb.
                    var request = new RestRequest("/open-apis/vc/v1/rooms/mget", Method.Get);
                    request.AddHeader("Authorization", "Bearer " + userAccessToken);
                    return _client.{|FSUAT001:ExecutePostAsync|}(request);
                }

                Task<RestResponse> GetIsNotAnEndpoint(string userAccessToken)
                {
                    var request = new RestRequest("/open-apis/vc/v1/rooms/mget", Method.Post);
                    request.AddHeader("Authorization", "Bearer " + userAccessToken);
                    return _client.ExecuteGetAsync(request);
                }
            }
            """);

        [Fact]
        public Task AuthenticatorReplacesHeader() => VerifyAsync("""
            using System.Threading.Tasks;
            using RestSharp;
            using RestSharp.Authenticators;

            class Service
            {
                Task<RestResponse> WithTenantAuthenticator(string userAccessToken, string tenantAccessToken)
                {
                    var client = new RestClient(new RestClientOptions("https://open.feishu.cn") { Authenticator = new JwtAuthenticator(tenantAccessToken) });
                    var request = new RestRequest("/open-apis/vc/v1/rooms", Method.Get);
                    request.AddHeader("Authorization", "Bearer " + userAccessToken);
                    return client.ExecuteAsync(request);
                }

                Task<RestResponse> WithUserAuthenticator(string uat)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("/open-apis/vc/v1/rooms", Method.Get) { Authenticator = new JwtAuthenticator(uat) };
                    return client.{|FSUAT001:ExecuteAsync|}(request);
                }
            }
            """);
    }
}
