using System.Threading.Tasks;
using Xunit;
using static FeishuUatAnalyzer.Tests.Infrastructure.AnalyzerVerifier;

namespace FeishuUatAnalyzer.Tests.Tokens
{
    /// <summary>
    /// A token from an interface, abstract or virtual method: the bodies the compilation declares for it decide, when they
    /// all agree on the kind; otherwise the kind is unknown (and the method's name is the last word, as for any call).
    /// </summary>
    public sealed class DispatchedTokenSourceTests
    {
        private const string Sender = """
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public interface ITokenSource { Task<string> GetAsync(); }

            public sealed class Answer { public string tenant_access_token { get; set; } = ""; public string access_token { get; set; } = ""; }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly ITokenSource _tokens;

                public Rooms(ITokenSource tokens) => _tokens = tokens;

                public async Task<HttpResponseMessage> ListAsync()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAsync());
                    return await _http.MARKER(request);
                }
            }
            """;

        private const string TenantSource = """

            public sealed class AppTokens : ITokenSource
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> GetAsync()
                {
                    var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = "a" });
                    return (await response.Content.ReadFromJsonAsync<Answer>())!.tenant_access_token;
                }
            }
            """;

        private const string UserSource = """

            public sealed class SignedInUserTokens : ITokenSource
            {
                private readonly HttpClient _http = new HttpClient();

                public async Task<string> GetAsync()
                {
                    var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/authen/v2/oauth/token", new { grant_type = "refresh_token" });
                    return (await response.Content.ReadFromJsonAsync<Answer>())!.access_token;
                }
            }
            """;

        [Fact]
        public Task TheOnlyImplementationIssuesTenantTokens() =>
            VerifyAsync(Sender.Replace("MARKER", "SendAsync") + TenantSource);

        [Fact]
        public Task TheOnlyImplementationIssuesUserTokens() =>
            VerifyAsync(Sender.Replace("MARKER", "{|FSUAT001:SendAsync|}") + UserSource);

        [Fact]
        public Task ImplementationsThatDisagreeLeaveTheKindUnknown() =>
            VerifyAsync(Sender.Replace("MARKER", "{|FSUAT002:SendAsync|}") + TenantSource + UserSource);

        [Fact]
        public Task NoImplementationInTheCompilationLeavesTheKindUnknown() =>
            VerifyAsync(Sender.Replace("MARKER", "{|FSUAT002:SendAsync|}"));

        [Fact]
        public Task AnOverrideOfAnAbstractSourceDecides() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public abstract class TokenSource { public abstract string Get(); }

            public sealed class FromConfiguration : TokenSource
            {
                private readonly string _userAccessToken = System.Guid.NewGuid().ToString();

                public override string Get() => _userAccessToken;
            }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> ListAsync(TokenSource tokens)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/rooms");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Get());
                    return _http.{|FSUAT001:SendAsync|}(request);
                }
            }
            """);

        [Fact]
        public Task AVirtualSourceAndAnOverrideThatAgreeDecide() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public class TokenSource { public virtual string Get() => "t-base"; }

            public sealed class Rotated : TokenSource { public override string Get() => "t-rotated"; }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SearchAsync(TokenSource tokens)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://open.feishu.cn/open-apis/vc/v1/rooms/search");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Get());
                    return _http.{|FSUAT003:SendAsync|}(request);
                }
            }
            """);

        [Fact]
        public Task AVirtualSourceAndAnOverrideThatDisagreeDecideNothing() => VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            public class TokenSource { public virtual string Get() => "t-base"; }

            public sealed class Rotated : TokenSource { public override string Get() => "u-rotated"; }

            public sealed class Rooms
            {
                private readonly HttpClient _http = new HttpClient();

                public Task<HttpResponseMessage> SearchAsync(TokenSource tokens)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://open.feishu.cn/open-apis/vc/v1/rooms/search");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Get());
                    return _http.SendAsync(request);
                }
            }
            """);
    }
}
