using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.CodeFixes.CodeFixVerifier;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>WebClient and HttpWebRequest findings carry Fixable=false: no code action is offered for them.</summary>
    public sealed class WebClientNoFixTests
    {
        [Fact]
        public Task NoFixForWebClientOrHttpWebRequest() => VerifyNoFixAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;

            class C
            {
                private string TenantAccessToken { get; } = "";

                string Rooms(string userAccessToken)
                {
                    using var client = new WebClient();
                    client.Headers["Authorization"] = "Bearer " + userAccessToken;
                    return client.{|FSUAT001:DownloadString|}("https://open.feishu.cn/open-apis/vc/v1/rooms");
                }

                WebResponse Room(string userAccessToken)
                {
                    var request = (HttpWebRequest)WebRequest.Create("https://open.feishu.cn/open-apis/vc/v1/rooms/omm_1");
                    request.Headers.Add(HttpRequestHeader.Authorization, "Bearer " + userAccessToken);
                    return request.{|FSUAT001:GetResponse|}();
                }
            }
            """);
    }
}
