using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Tests.Hardening;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>Headers given whole, as an object or a dictionary: Flurl's <c>WithHeaders</c>, RestSharp's <c>AddHeaders</c> and friends.</summary>
    public sealed class HeaderCollectionTests
    {
        [Fact]
        public Task ReadsFlurlWithHeadersObjectAndDictionary() => VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Flurl.Http;

            static class Rooms
            {
                private const string Url = "https://open.feishu.cn/open-apis/vc/v1/rooms";

                public static Task<string> Anonymous(string userAccessToken) =>
                    Url.WithHeaders(new { Accept = "application/json", Authorization = "Bearer " + userAccessToken }).{|FSUAT001:GetStringAsync|}();

                public static Task<string> Dictionary(string uat) =>
                    Url.WithHeaders(new Dictionary<string, string> { { "Authorization", $"Bearer {uat}" } }).{|FSUAT001:GetStringAsync|}();

                public static Task<string> Tenant(string tenantAccessToken) =>
                    Url.WithHeaders(new { Authorization = "Bearer " + tenantAccessToken }).GetStringAsync();

                public static Task<string> OtherHeaderOnly(string userAccessToken) =>
                    Url.WithHeaders(new { X_Trace = userAccessToken }).GetStringAsync();

                // A user token is right where the endpoint accepts one (reserves take tenant or user tokens).
                public static Task<string> ReserveAcceptsUser(string userAccessToken) =>
                    "https://open.feishu.cn/open-apis/vc/v1/reserves/r1".WithHeaders(new { Authorization = "Bearer " + userAccessToken }).GetStringAsync();
            }
            """);

        [Fact]
        public Task ReadsRestSharpHeaderDictionaries() => VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using RestSharp;

            class Rooms
            {
                Task<RestResponse> Request(string userAccessToken)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("/open-apis/vc/v1/rooms");
                    request.AddHeaders(new Dictionary<string, string> { ["Authorization"] = "Bearer " + userAccessToken });
                    return client.{|FSUAT001:ExecuteAsync|}(request);
                }

                Task<RestResponse> Update(string uat)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("/open-apis/vc/v1/rooms/r1", Method.Patch);
                    var headers = new Dictionary<string, string> { { "Authorization", "Bearer " + uat } };
                    request.AddOrUpdateHeaders(headers);
                    return client.{|FSUAT001:ExecuteAsync|}(request);
                }

                Task<RestResponse> ClientDefaults(string userAccessToken)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    client.AddDefaultHeaders(new Dictionary<string, string> { ["Authorization"] = "Bearer " + userAccessToken });
                    return client.{|FSUAT001:ExecuteAsync|}(new RestRequest("/open-apis/vc/v1/rooms"));
                }

                Task<RestResponse> Tenant(string tenantAccessToken)
                {
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("/open-apis/vc/v1/rooms");
                    request.AddHeaders(new Dictionary<string, string> { ["Authorization"] = "Bearer " + tenantAccessToken });
                    return client.ExecuteAsync(request);
                }

                Task<RestResponse> FilledLater(string userAccessToken)
                {
                    // Only what the initializer writes is read: a dictionary filled by later statements says nothing.
                    var client = new RestClient("https://open.feishu.cn");
                    var headers = new Dictionary<string, string>();
                    headers["Authorization"] = "Bearer " + userAccessToken;
                    var request = new RestRequest("/open-apis/vc/v1/rooms");
                    request.AddHeaders(headers);
                    return client.ExecuteAsync(request);
                }
            }
            """);

        [Fact]
        public async Task HeaderCollectionsAreNotFixable()
        {
            var diagnostics = await HardenedRun.AnalyzeAsync("""
                using System.Threading.Tasks;
                using Flurl.Http;

                static class Rooms
                {
                    public static Task<string> Anonymous(string userAccessToken) =>
                        "https://open.feishu.cn/open-apis/vc/v1/rooms".WithHeaders(new { Authorization = "Bearer " + userAccessToken }).GetStringAsync();
                }
                """, "FSUAT001");
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("false", diagnostic.Properties[FixAvailability.Property]);
        }
    }
}
