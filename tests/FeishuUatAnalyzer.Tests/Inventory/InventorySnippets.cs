using System.Collections.Generic;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>
    /// What a row's member does to a request.
    /// <see cref="Body"/> runs in <c>async Task Run(string userAccessToken)</c> of a class with <c>Rooms</c> (the
    /// tenant-only <c>/open-apis/vc/v1/rooms</c>) and <c>Badge</c> (a tenant-only PUT, as no meeting-room endpoint takes PUT);
    /// <see cref="Declarations"/> are types beside it. <see cref="Expected"/> is the rule a read row gives, or
    /// <see cref="InventorySnippets.RecognizedAsSend"/> where no Feishu endpoint takes the verb (HEAD, OPTIONS).
    /// </summary>
    internal sealed record Snippet(string Body, string Declarations = "", string Expected = "FSUAT001");

    /// <summary>One snippet per inventory row (key: type and member), compiled against the real assemblies.</summary>
    internal static class InventorySnippets
    {
        public const string RecognizedAsSend = "recognized as a send";

        /// <summary>The snippet's file, its types in a namespace of their own so that every row shares one compilation.</summary>
        public static string Source(Snippet snippet, string ns) =>
            Usings + "namespace " + ns + "\n{\n" + Before + snippet.Body + After + snippet.Declarations + "\n}\n";

        private const string Usings = """
            #pragma warning disable SYSLIB0014, CS0618, CS1998, CS8600, CS8602, CS8604, CS8618, CS8625
            using System;
            using System.Collections.Generic;
            using System.Collections.Specialized;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Flurl;
            using Flurl.Http;
            using RestSharp;
            using RestSharp.Authenticators;
            using RestSharp.Authenticators.OAuth2;
            using Refit;
            using FeishuNetSdk;
            using FeishuNetSdk.Parameters;
            using WebApiClientCore;
            using Wac = WebApiClientCore.Attributes;

            """;

        private const string Before = """
            class AuthHandler : DelegatingHandler
            {
                private readonly string _token;
                public AuthHandler(string token) { _token = token; }
                public AuthHandler(string token, HttpMessageHandler inner) : base(inner) { _token = token; }
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                    return base.SendAsync(request, cancellationToken);
                }
            }

            class C
            {
                const string Rooms = "https://open.feishu.cn/open-apis/vc/v1/rooms";
                const string Badge = "https://open.feishu.cn/open-apis/admin/v1/badges/b1";

                async Task Run(string userAccessToken)
                {

            """;

        private const string After = """

                }
            }

            """;

        public static readonly IReadOnlyDictionary<string, Snippet> ByRow = Build();

        private static Dictionary<string, Snippet> Build()
        {
            var rows = new Dictionary<string, Snippet>();
            void Add(string key, string body, string declarations = "", string expected = "FSUAT001") => rows.Add(key, new Snippet(body, declarations, expected));

            AddSystemNetHttp(Add);
            AddWebClientAndRequests(Add);
            AddRestSharp(Add);
            AddFlurl(Add);
            AddDeclarative(Add);
            return rows;
        }

        private delegate void AddRow(string key, string body, string declarations = "", string expected = "FSUAT001");

        private const string BearerClient = """
            var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);

            """;

        private static void AddSystemNetHttp(AddRow add)
        {
            const string T = "System.Net.Http.HttpClient.";
            add(T + ".ctor", "var client = new HttpClient(new AuthHandler(userAccessToken, new HttpClientHandler())); await client.GetAsync(Rooms);");
            add(T + "BaseAddress", BearerClient + """client.BaseAddress = new Uri("https://open.feishu.cn/open-apis/"); await client.GetAsync("vc/v1/rooms");""");
            add(T + "DefaultRequestHeaders", BearerClient + "await client.GetAsync(Rooms);");
            add(T + "GetAsync", BearerClient + "await client.GetAsync(Rooms);");
            add(T + "GetStringAsync", BearerClient + "await client.GetStringAsync(Rooms);");
            add(T + "GetStreamAsync", BearerClient + "await client.GetStreamAsync(Rooms);");
            add(T + "GetByteArrayAsync", BearerClient + "await client.GetByteArrayAsync(Rooms);");
            add(T + "PostAsync", BearerClient + """await client.PostAsync(Rooms, new StringContent("{}"));""");
            add(T + "PutAsync", BearerClient + """await client.PutAsync(Badge, new StringContent("{}"));""", expected: "FSUAT004");
            add(T + "PatchAsync", BearerClient + """await client.PatchAsync(Rooms + "/r1", new StringContent("{}"));""");
            add(T + "DeleteAsync", BearerClient + """await client.DeleteAsync(Rooms + "/r1");""");
            add(T + "Send", BearerClient + "client.Send(new HttpRequestMessage(HttpMethod.Get, Rooms));");
            add(T + "SendAsync", BearerClient + "await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, Rooms));");

            const string I = "System.Net.Http.HttpMessageInvoker.";
            const string Request = """
                var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);

                """;
            add(I + ".ctor", "var invoker = new HttpMessageInvoker(new AuthHandler(userAccessToken, new HttpClientHandler())); await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, Rooms), CancellationToken.None);");
            add(I + "Send", Request + "var invoker = new HttpMessageInvoker(new HttpClientHandler()); invoker.Send(request, CancellationToken.None);");
            add(I + "SendAsync", Request + "var invoker = new HttpMessageInvoker(new HttpClientHandler()); await invoker.SendAsync(request, CancellationToken.None);");

            const string J = "System.Net.Http.Json.HttpClientJsonExtensions.";
            add(J + "GetFromJsonAsync", BearerClient + "await client.GetFromJsonAsync<object>(Rooms);");
            add(J + "GetFromJsonAsAsyncEnumerable", BearerClient + "await foreach (var room in client.GetFromJsonAsAsyncEnumerable<object>(Rooms)) { }");
            add(J + "PostAsJsonAsync", BearerClient + "await client.PostAsJsonAsync(Rooms, new { name = \"A\" });");
            add(J + "PutAsJsonAsync", BearerClient + "await client.PutAsJsonAsync(Badge, new { name = \"A\" });", expected: "FSUAT004");
            add(J + "PatchAsJsonAsync", BearerClient + "await client.PatchAsJsonAsync(Rooms + \"/r1\", new { name = \"A\" });");
            add(J + "DeleteFromJsonAsync", BearerClient + "await client.DeleteFromJsonAsync<object>(Rooms + \"/r1\");");

            const string M = "System.Net.Http.HttpRequestMessage.";
            add(M + ".ctor", Request + "await new HttpClient().SendAsync(request);");
            add(M + "Headers", Request + "await new HttpClient().SendAsync(request);");
            add(M + "Method", """
                var request = new HttpRequestMessage { RequestUri = new Uri(Rooms + "/r1") };
                request.Method = HttpMethod.Delete;
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                await new HttpClient().SendAsync(request);
                """);
            add(M + "RequestUri", """
                var request = new HttpRequestMessage();
                request.RequestUri = new Uri(Rooms);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                await new HttpClient().SendAsync(request);
                """);

            add("System.Net.Http.Headers.HttpRequestHeaders.Authorization", Request + "await new HttpClient().SendAsync(request);");
            add("System.Net.Http.Headers.HttpRequestHeaders.ProxyAuthorization", """
                var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                request.Headers.ProxyAuthorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                await new HttpClient().SendAsync(request);
                """);
            add("System.Net.Http.Headers.HttpHeaders.Add", """
                var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                request.Headers.Add("Authorization", "Bearer " + userAccessToken);
                await new HttpClient().SendAsync(request);
                """);
            add("System.Net.Http.Headers.HttpHeaders.TryAddWithoutValidation", """
                var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + userAccessToken);
                await new HttpClient().SendAsync(request);
                """);

            const string D = "System.Net.Http.DelegatingHandler.";
            add(D + ".ctor", "await new HttpClient(new AuthHandler(userAccessToken, new HttpClientHandler())).GetAsync(Rooms);");
            add(D + "SendAsync", "await new HttpClient(new AuthHandler(userAccessToken, new HttpClientHandler())).GetAsync(Rooms);");
            add(D + "InnerHandler", "await new HttpClient(new AuthHandler(userAccessToken) { InnerHandler = new HttpClientHandler() }).GetAsync(Rooms);");
            add(D + "Send", "new HttpClient(new SyncAuthHandler(userAccessToken)).Send(new HttpRequestMessage(HttpMethod.Get, Rooms));", """
                class SyncAuthHandler : DelegatingHandler
                {
                    private readonly string _token;
                    public SyncAuthHandler(string token) : base(new HttpClientHandler()) { _token = token; }
                    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                        return base.Send(request, cancellationToken);
                    }
                }
                """);
        }

        private static void AddWebClientAndRequests(AddRow add)
        {
            const string W = "System.Net.WebClient.";
            const string Client = """
                var client = new WebClient();
                client.Headers["Authorization"] = "Bearer " + userAccessToken;

                """;
            add(W + "Headers", Client + "client.DownloadString(Rooms);");
            add(W + "BaseAddress", Client + "client.BaseAddress = \"https://open.feishu.cn/open-apis/\"; client.DownloadString(\"vc/v1/rooms\");");
            foreach (var (name, arguments) in new[]
            {
                ("DownloadString", "Rooms"), ("DownloadStringAsync", "new Uri(Rooms)"), ("DownloadStringTaskAsync", "Rooms"),
                ("DownloadData", "Rooms"), ("DownloadDataAsync", "new Uri(Rooms)"), ("DownloadDataTaskAsync", "Rooms"),
                ("DownloadFile", "Rooms, \"rooms.json\""), ("DownloadFileAsync", "new Uri(Rooms), \"rooms.json\""), ("DownloadFileTaskAsync", "Rooms, \"rooms.json\""),
                ("OpenRead", "Rooms"), ("OpenReadAsync", "new Uri(Rooms)"), ("OpenReadTaskAsync", "Rooms"),
                ("OpenWrite", "Rooms"), ("OpenWriteAsync", "new Uri(Rooms)"), ("OpenWriteTaskAsync", "Rooms"),
                ("UploadString", "Rooms, \"{}\""), ("UploadStringAsync", "new Uri(Rooms), \"{}\""), ("UploadStringTaskAsync", "Rooms, \"{}\""),
                ("UploadData", "Rooms, new byte[0]"), ("UploadDataAsync", "new Uri(Rooms), new byte[0]"), ("UploadDataTaskAsync", "Rooms, new byte[0]"),
                ("UploadFile", "Rooms, \"room.json\""), ("UploadFileAsync", "new Uri(Rooms), \"room.json\""), ("UploadFileTaskAsync", "Rooms, \"room.json\""),
                ("UploadValues", "Rooms, new NameValueCollection()"), ("UploadValuesAsync", "new Uri(Rooms), new NameValueCollection()"), ("UploadValuesTaskAsync", "Rooms, new NameValueCollection()"),
            })
            {
                add(W + name, Client + $"client.{name}({arguments});");
            }

            add(W + "GetWebRequest", "new FeishuWebClient(userAccessToken).DownloadString(Rooms);", """
                class FeishuWebClient : WebClient
                {
                    private readonly string _token;
                    public FeishuWebClient(string token) { _token = token; }
                    protected override WebRequest GetWebRequest(Uri address)
                    {
                        var request = base.GetWebRequest(address);
                        request.Headers["Authorization"] = "Bearer " + _token;
                        return request;
                    }
                }
                """);

            foreach (var (type, make) in new[] { ("System.Net.WebRequest.", "WebRequest.Create(Rooms)"), ("System.Net.HttpWebRequest.", "(HttpWebRequest)WebRequest.Create(Rooms)") })
            {
                var request = $"""
                    var request = {make};
                    request.Headers["Authorization"] = "Bearer " + userAccessToken;

                    """;
                add(type + "Headers", request + "request.GetResponse();");
                add(type + "Method", request + "request.Method = \"POST\"; request.GetResponse();");
                add(type + "GetResponse", request + "request.GetResponse();");
                add(type + "BeginGetResponse", request + "request.BeginGetResponse(null, null);");
                add(type + "GetRequestStream", request + "request.Method = \"POST\"; request.GetRequestStream();");
                add(type + "BeginGetRequestStream", request + "request.Method = \"POST\"; request.BeginGetRequestStream(null, null);");
            }

            const string R = "System.Net.WebRequest.";
            add(R + "GetResponseAsync", "var request = WebRequest.Create(Rooms); request.Headers[\"Authorization\"] = \"Bearer \" + userAccessToken; await request.GetResponseAsync();");
            add(R + "GetRequestStreamAsync", "var request = WebRequest.Create(Rooms); request.Method = \"POST\"; request.Headers[\"Authorization\"] = \"Bearer \" + userAccessToken; await request.GetRequestStreamAsync();");
            add(R + "Create", "var request = WebRequest.Create(Rooms); request.Headers[\"Authorization\"] = \"Bearer \" + userAccessToken; request.GetResponse();");
            add(R + "CreateHttp", "var request = WebRequest.CreateHttp(Rooms); request.Headers[\"Authorization\"] = \"Bearer \" + userAccessToken; request.GetResponse();");
            add(R + "CreateDefault", "var request = WebRequest.CreateDefault(new Uri(Rooms)); request.Headers[\"Authorization\"] = \"Bearer \" + userAccessToken; request.GetResponse();");

            const string H = "System.Net.WebHeaderCollection.";
            add(H + "this[]", "var request = WebRequest.Create(Rooms); request.Headers[HttpRequestHeader.Authorization] = \"Bearer \" + userAccessToken; request.GetResponse();");
            add(H + "Add", "var request = WebRequest.Create(Rooms); request.Headers.Add(\"Authorization\", \"Bearer \" + userAccessToken); request.GetResponse();");
            add(H + "Set", "var request = WebRequest.Create(Rooms); request.Headers.Set(\"Authorization\", \"Bearer \" + userAccessToken); request.GetResponse();");
        }

        private const string RestClientAndRequest = """
            var client = new RestClient("https://open.feishu.cn");
            var request = new RestRequest("/open-apis/vc/v1/rooms");
            request.AddHeader("Authorization", "Bearer " + userAccessToken);

            """;

        private static void AddRestSharp(AddRow add)
        {
            const string X = "RestSharp.RestClientExtensions.";
            foreach (var verb in new[] { "Get", "Post", "Put", "Patch", "Delete", "Head", "Options" })
            {
                var resource = verb switch
                {
                    "Put" => "/open-apis/admin/v1/badges/b1",
                    "Patch" or "Delete" => "/open-apis/vc/v1/rooms/r1",
                    _ => "/open-apis/vc/v1/rooms",
                };
                var expected = verb switch { "Put" => "FSUAT004", "Head" or "Options" => RecognizedAsSend, _ => "FSUAT001" };
                var request = $"""
                    var client = new RestClient("https://open.feishu.cn");
                    var request = new RestRequest("{resource}");
                    request.AddHeader("Authorization", "Bearer " + userAccessToken);

                    """;
                add(X + verb, request + $"client.{verb}(request);", expected: expected);
                add(X + verb + "Async", request + $"await client.{verb}Async(request);", expected: expected);
                add(X + "Execute" + verb, request + $"client.Execute{verb}(request);", expected: expected);
                add(X + "Execute" + verb + "Async", request + $"await client.Execute{verb}Async(request);", expected: expected);
            }

            const string Defaults = """
                var client = new RestClient("https://open.feishu.cn");
                client.AddDefaultHeader("Authorization", "Bearer " + userAccessToken);

                """;
            add(X + "GetJson", Defaults + "client.GetJson<object>(\"/open-apis/vc/v1/rooms\");");
            add(X + "GetJsonAsync", Defaults + "await client.GetJsonAsync<object>(\"/open-apis/vc/v1/rooms\");");
            add(X + "PostJson", Defaults + "client.PostJson<object, object>(\"/open-apis/vc/v1/rooms\", new object());");
            add(X + "PostJsonAsync", Defaults + "await client.PostJsonAsync<object, object>(\"/open-apis/vc/v1/rooms\", new object());");
            add(X + "PutJson", Defaults + "client.PutJson<object, object>(\"/open-apis/admin/v1/badges/b1\", new object());", expected: "FSUAT004");
            add(X + "PutJsonAsync", Defaults + "await client.PutJsonAsync<object, object>(\"/open-apis/admin/v1/badges/b1\", new object());", expected: "FSUAT004");
            add(X + "StreamJsonAsync", Defaults + "await foreach (var room in client.StreamJsonAsync<object>(\"/open-apis/vc/v1/rooms\", CancellationToken.None)) { }");
            add(X + "AddDefaultHeader", Defaults + "await client.GetAsync(new RestRequest(\"/open-apis/vc/v1/rooms\"));");
            add(X + "AddDefaultHeaders", """
                var client = new RestClient("https://open.feishu.cn");
                client.AddDefaultHeaders(new Dictionary<string, string> { ["Authorization"] = "Bearer " + userAccessToken });
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """);
            add(X + "AddDefaultParameter", """
                var client = new RestClient("https://open.feishu.cn");
                client.AddDefaultParameter("Authorization", "Bearer " + userAccessToken, RestSharp.ParameterType.HttpHeader);
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """);
            add(X + "AddDefaultUrlSegment", """
                var client = new RestClient("https://open.feishu.cn");
                client.AddDefaultUrlSegment("room_id", "r1");
                var request = new RestRequest("/open-apis/vc/v1/rooms/{room_id}", Method.Delete);
                request.AddHeader("Authorization", "Bearer " + userAccessToken);
                await client.ExecuteAsync(request);
                """);
            add(X + "Execute", RestClientAndRequest + "client.Execute(request);");
            add(X + "ExecuteAsync", RestClientAndRequest + "await client.ExecuteAsync(request, Method.Get);");
            add(X + "DownloadData", RestClientAndRequest + "client.DownloadData(request);");
            add(X + "DownloadDataAsync", RestClientAndRequest + "await client.DownloadDataAsync(request);");
            add(X + "DownloadStream", RestClientAndRequest + "client.DownloadStream(request);");

            const string C = "RestSharp.RestClient.";
            add(C + ".ctor", """
                var client = new RestClient("https://open.feishu.cn/open-apis/vc/v1");
                await client.GetAsync(new RestRequest("rooms").AddHeader("Authorization", "Bearer " + userAccessToken));
                """);
            add(C + "ExecuteAsync", RestClientAndRequest + "await client.ExecuteAsync(request, CancellationToken.None);");
            add(C + "DownloadStreamAsync", RestClientAndRequest + "await client.DownloadStreamAsync(request, CancellationToken.None);");
            add(C + "DefaultParameters", """
                var client = new RestClient("https://open.feishu.cn");
                client.DefaultParameters.AddParameter(new HeaderParameter("Authorization", "Bearer " + userAccessToken));
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """);
            const string IC = "RestSharp.IRestClient.";
            const string Interface = """
                IRestClient client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest("/open-apis/vc/v1/rooms");
                request.AddHeader("Authorization", "Bearer " + userAccessToken);

                """;
            add(IC + "ExecuteAsync", Interface + "await client.ExecuteAsync(request, CancellationToken.None);");
            add(IC + "DownloadStreamAsync", Interface + "await client.DownloadStreamAsync(request, CancellationToken.None);");
            add(IC + "DefaultParameters", """
                IRestClient client = new RestClient("https://open.feishu.cn");
                client.DefaultParameters.AddParameter(new HeaderParameter("Authorization", "Bearer " + userAccessToken));
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """);

            const string O = "RestSharp.RestClientOptions.";
            add(O + ".ctor", """
                var client = new RestClient(new RestClientOptions("https://open.feishu.cn/open-apis/vc/v1"));
                await client.GetAsync(new RestRequest("rooms").AddHeader("Authorization", "Bearer " + userAccessToken));
                """);
            add(O + "BaseUrl", """
                var client = new RestClient(new RestClientOptions { BaseUrl = new Uri("https://open.feishu.cn/open-apis/vc/v1") });
                await client.GetAsync(new RestRequest("rooms").AddHeader("Authorization", "Bearer " + userAccessToken));
                """);
            add(O + "Authenticator", """
                var client = new RestClient(new RestClientOptions("https://open.feishu.cn") { Authenticator = new JwtAuthenticator(userAccessToken) });
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """);
            add(O + "ConfigureMessageHandler", """
                var client = new RestClient(new RestClientOptions("https://open.feishu.cn") { ConfigureMessageHandler = inner => new AuthHandler(userAccessToken, inner) });
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """);

            const string Q = "RestSharp.RestRequest.";
            add(Q + ".ctor", RestClientAndRequest + "await client.ExecuteAsync(request);");
            add(Q + "Resource", """
                var client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest { Resource = "/open-apis/vc/v1/rooms" };
                request.AddHeader("Authorization", "Bearer " + userAccessToken);
                await client.ExecuteAsync(request);
                """);
            add(Q + "Method", """
                var client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest("/open-apis/vc/v1/rooms/r1");
                request.Method = Method.Delete;
                request.AddHeader("Authorization", "Bearer " + userAccessToken);
                await client.ExecuteAsync(request);
                """);
            add(Q + "Authenticator", """
                var client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest("/open-apis/vc/v1/rooms") { Authenticator = new JwtAuthenticator(userAccessToken) };
                await client.ExecuteAsync(request);
                """);
            add(Q + "AddParameter", """
                var client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest("/open-apis/vc/v1/rooms");
                request.AddParameter(new HeaderParameter("Authorization", "Bearer " + userAccessToken));
                await client.ExecuteAsync(request);
                """);

            const string E = "RestSharp.RestRequestExtensions.";
            const string Plain = """
                var client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest("/open-apis/vc/v1/rooms");

                """;
            add(E + "AddHeader", RestClientAndRequest + "await client.ExecuteAsync(request);");
            add(E + "AddOrUpdateHeader", Plain + "request.AddOrUpdateHeader(\"Authorization\", \"Bearer \" + userAccessToken); await client.ExecuteAsync(request);");
            add(E + "AddHeaders", Plain + "request.AddHeaders(new Dictionary<string, string> { [\"Authorization\"] = \"Bearer \" + userAccessToken }); await client.ExecuteAsync(request);");
            add(E + "AddOrUpdateHeaders", Plain + "request.AddOrUpdateHeaders(new Dictionary<string, string> { [\"Authorization\"] = \"Bearer \" + userAccessToken }); await client.ExecuteAsync(request);");
            add(E + "AddParameter", Plain + "request.AddParameter(\"Authorization\", \"Bearer \" + userAccessToken, RestSharp.ParameterType.HttpHeader); await client.ExecuteAsync(request);");
            add(E + "AddOrUpdateParameter", Plain + "request.AddOrUpdateParameter(\"Authorization\", \"Bearer \" + userAccessToken, RestSharp.ParameterType.HttpHeader); await client.ExecuteAsync(request);");
            add(E + "AddOrUpdateParameters", Plain + "request.AddOrUpdateParameters(new Parameter[] { new HeaderParameter(\"Authorization\", \"Bearer \" + userAccessToken) }); await client.ExecuteAsync(request);");
            add(E + "AddUrlSegment", """
                var client = new RestClient("https://open.feishu.cn");
                var request = new RestRequest("/open-apis/vc/v1/rooms/{room_id}", Method.Delete);
                request.AddUrlSegment("room_id", "r1");
                request.AddHeader("Authorization", "Bearer " + userAccessToken);
                await client.ExecuteAsync(request);
                """);

            const string Authenticated = """
                var client = new RestClient(new RestClientOptions("https://open.feishu.cn") { Authenticator = authenticator });
                await client.GetAsync(new RestRequest("/open-apis/vc/v1/rooms"));
                """;
            add("RestSharp.Authenticators.JwtAuthenticator..ctor", "var authenticator = new JwtAuthenticator(userAccessToken);\n" + Authenticated);
            add("RestSharp.Authenticators.JwtAuthenticator.SetBearerToken", "var authenticator = new JwtAuthenticator(\"\"); authenticator.SetBearerToken(userAccessToken);\n" + Authenticated);
            add("RestSharp.Authenticators.HttpBasicAuthenticator..ctor", "var authenticator = new HttpBasicAuthenticator(\"app\", userAccessToken);\n" + Authenticated);
            add("RestSharp.Authenticators.OAuth2.OAuth2AuthorizationRequestHeaderAuthenticator..ctor", "var authenticator = new OAuth2AuthorizationRequestHeaderAuthenticator(userAccessToken, \"Bearer\");\n" + Authenticated);
            add("RestSharp.Authenticators.OAuth2.OAuth2UriQueryParameterAuthenticator..ctor", "var authenticator = new OAuth2UriQueryParameterAuthenticator(userAccessToken);\n" + Authenticated);
            add("RestSharp.Authenticators.OAuth2.OAuth2ClientCredentialsAuthenticator..ctor",
                "var authenticator = new OAuth2ClientCredentialsAuthenticator(new OAuth2TokenRequest(\"https://open.feishu.cn/open-apis/authen/v2/oauth/token\", \"app\", \"secret\"));\n" + Authenticated);
            add("RestSharp.Authenticators.OAuth2.OAuth2RefreshTokenAuthenticator..ctor",
                "var authenticator = new OAuth2RefreshTokenAuthenticator(new OAuth2TokenRequest(\"https://open.feishu.cn/open-apis/authen/v2/oauth/token\", \"app\", \"secret\"), userAccessToken, \"refresh\", DateTimeOffset.MaxValue);\n" + Authenticated);
        }

        private static void AddFlurl(AddRow add)
        {
            const string G = "Flurl.Http.GeneratedExtensions.";
            foreach (var (name, call, expected) in new[]
            {
                ("GetAsync", "Rooms.WithOAuthBearerToken(userAccessToken).GetAsync()", "FSUAT001"),
                ("GetJsonAsync", "Rooms.WithOAuthBearerToken(userAccessToken).GetJsonAsync<object>()", "FSUAT001"),
                ("GetStringAsync", "Rooms.WithOAuthBearerToken(userAccessToken).GetStringAsync()", "FSUAT001"),
                ("GetStreamAsync", "Rooms.WithOAuthBearerToken(userAccessToken).GetStreamAsync()", "FSUAT001"),
                ("GetBytesAsync", "Rooms.WithOAuthBearerToken(userAccessToken).GetBytesAsync()", "FSUAT001"),
                ("PostAsync", "Rooms.WithOAuthBearerToken(userAccessToken).PostAsync()", "FSUAT001"),
                ("PostJsonAsync", "Rooms.WithOAuthBearerToken(userAccessToken).PostJsonAsync(new { name = \"A\" })", "FSUAT001"),
                ("PostStringAsync", "Rooms.WithOAuthBearerToken(userAccessToken).PostStringAsync(\"{}\")", "FSUAT001"),
                ("PostUrlEncodedAsync", "Rooms.WithOAuthBearerToken(userAccessToken).PostUrlEncodedAsync(new { name = \"A\" })", "FSUAT001"),
                ("PostMultipartAsync", "Rooms.PostMultipartAsync(content => content.AddString(\"name\", \"A\"))", RecognizedAsSend),
                ("PutAsync", "Badge.WithOAuthBearerToken(userAccessToken).PutAsync()", "FSUAT004"),
                ("PutJsonAsync", "Badge.WithOAuthBearerToken(userAccessToken).PutJsonAsync(new { name = \"A\" })", "FSUAT004"),
                ("PutStringAsync", "Badge.WithOAuthBearerToken(userAccessToken).PutStringAsync(\"{}\")", "FSUAT004"),
                ("PatchAsync", "(Rooms + \"/r1\").WithOAuthBearerToken(userAccessToken).PatchAsync()", "FSUAT001"),
                ("PatchJsonAsync", "(Rooms + \"/r1\").WithOAuthBearerToken(userAccessToken).PatchJsonAsync(new { name = \"A\" })", "FSUAT001"),
                ("PatchStringAsync", "(Rooms + \"/r1\").WithOAuthBearerToken(userAccessToken).PatchStringAsync(\"{}\")", "FSUAT001"),
                ("DeleteAsync", "(Rooms + \"/r1\").WithOAuthBearerToken(userAccessToken).DeleteAsync()", "FSUAT001"),
                ("HeadAsync", "Rooms.WithOAuthBearerToken(userAccessToken).HeadAsync()", RecognizedAsSend),
                ("OptionsAsync", "Rooms.WithOAuthBearerToken(userAccessToken).OptionsAsync()", RecognizedAsSend),
                ("SendAsync", "Rooms.SendAsync(HttpMethod.Get)", RecognizedAsSend),
                ("SendJsonAsync", "Rooms.WithOAuthBearerToken(userAccessToken).SendJsonAsync(HttpMethod.Post, new { name = \"A\" })", "FSUAT001"),
                ("SendStringAsync", "Rooms.WithOAuthBearerToken(userAccessToken).SendStringAsync(HttpMethod.Post, \"{}\")", "FSUAT001"),
                ("SendUrlEncodedAsync", "Rooms.WithOAuthBearerToken(userAccessToken).SendUrlEncodedAsync(HttpMethod.Post, new { name = \"A\" })", "FSUAT001"),
                ("DownloadFileAsync", "Rooms.DownloadFileAsync(\"rooms\")", RecognizedAsSend),
                ("WithOAuthBearerToken", "Rooms.WithOAuthBearerToken(userAccessToken).GetStringAsync()", "FSUAT001"),
                ("WithHeader", "Rooms.WithHeader(\"Authorization\", \"Bearer \" + userAccessToken).GetStringAsync()", "FSUAT001"),
                ("WithHeaders", "Rooms.WithHeaders(new { Authorization = \"Bearer \" + userAccessToken }).GetStringAsync()", "FSUAT001"),
                ("WithBasicAuth", "Rooms.WithBasicAuth(\"app\", userAccessToken).GetStringAsync()", "FSUAT001"),
            })
            {
                add(G + name, $"await {call};", expected: expected);
            }

            add("Flurl.Http.DownloadExtensions.DownloadFileAsync", "await Rooms.WithOAuthBearerToken(userAccessToken).DownloadFileAsync(\"rooms\");");
            add("Flurl.Http.MultipartExtensions.PostMultipartAsync", "await Rooms.WithOAuthBearerToken(userAccessToken).PostMultipartAsync(content => content.AddString(\"name\", \"A\"));");

            const string H = "Flurl.Http.HeaderExtensions.";
            add(H + "WithOAuthBearerToken", "await new FlurlRequest(Rooms).WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add(H + "WithHeader", "await new FlurlRequest(Rooms).WithHeader(\"Authorization\", \"Bearer \" + userAccessToken).GetStringAsync();");
            add(H + "WithHeaders", "await new FlurlRequest(Rooms).WithHeaders(new { Authorization = \"Bearer \" + userAccessToken }).GetStringAsync();");
            add(H + "WithBasicAuth", "await new FlurlRequest(Rooms).WithBasicAuth(\"app\", userAccessToken).GetStringAsync();");
            add("Flurl.Http.HttpMessageExtensions.SetHeader", """
                var request = new HttpRequestMessage(HttpMethod.Get, Rooms);
                request.SetHeader("Authorization", "Bearer " + userAccessToken);
                await new HttpClient().SendAsync(request);
                """);

            const string U = "Flurl.Url.";
            add(U + ".ctor", "await new Url(Rooms).WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add(U + "Combine", "await Url.Combine(\"https://open.feishu.cn\", \"open-apis/vc/v1/rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add(U + "AppendPathSegment", "await new Url(\"https://open.feishu.cn\").AppendPathSegment(\"open-apis/vc/v1/rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add(U + "AppendPathSegments", "await new Url(\"https://open.feishu.cn\").AppendPathSegments(\"open-apis\", \"vc\", \"v1\", \"rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add(U + "Path", "var url = new Url(\"https://open.feishu.cn\") { Path = \"/open-apis/vc/v1/rooms\" }; await url.WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.GeneratedExtensions.AppendPathSegment", "await \"https://open.feishu.cn\".AppendPathSegment(\"open-apis/vc/v1/rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.GeneratedExtensions.AppendPathSegments", "await \"https://open.feishu.cn\".AppendPathSegments(\"open-apis\", \"vc\", \"v1\", \"rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.UrlBuilderExtensions.AppendPathSegment", "await new FlurlRequest(\"https://open.feishu.cn\").AppendPathSegment(\"open-apis/vc/v1/rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.UrlBuilderExtensions.AppendPathSegments", "await new FlurlRequest(\"https://open.feishu.cn\").AppendPathSegments(\"open-apis\", \"vc\", \"v1\", \"rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");

            foreach (var (type, make) in new[] { ("Flurl.Http.FlurlClient.", "var client = new FlurlClient(\"https://open.feishu.cn\");"), ("Flurl.Http.IFlurlClient.", "IFlurlClient client = new FlurlClient(\"https://open.feishu.cn\");") })
            {
                add(type + "Request", make + " await client.Request(\"open-apis/vc/v1/rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
                add(type + "SendAsync", make + " await client.SendAsync(new FlurlRequest(Rooms) { Verb = HttpMethod.Get }.WithOAuthBearerToken(userAccessToken));");
            }

            add("Flurl.Http.IFlurlClient.BaseUrl", "IFlurlClient client = new FlurlClient(); client.BaseUrl = \"https://open.feishu.cn/open-apis/vc/v1\"; await client.Request(\"rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");

            // The base carries part of the path, so that the row is read only when the base is.
            add("Flurl.Http.FlurlClient.BaseUrl", "var client = new FlurlClient { BaseUrl = \"https://open.feishu.cn/open-apis/vc/v1\" }; await client.Request(\"rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.FlurlClient..ctor", "var client = new FlurlClient(\"https://open.feishu.cn/open-apis/vc/v1\"); await client.Request(\"rooms\").WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.FlurlClient.Headers", "var client = new FlurlClient(\"https://open.feishu.cn\"); client.Headers.Add(\"Authorization\", \"Bearer \" + userAccessToken); await client.Request(\"open-apis/vc/v1/rooms\").GetStringAsync();");

            foreach (var (type, make) in new[] { ("Flurl.Http.FlurlRequest.", "var request = new FlurlRequest(Rooms);"), ("Flurl.Http.IFlurlRequest.", "IFlurlRequest request = new FlurlRequest(Rooms);") })
            {
                add(type + "SendAsync", make + " request.WithOAuthBearerToken(userAccessToken); await request.SendAsync(HttpMethod.Get);");
                add(type + "Verb", make + " request.Verb = HttpMethod.Delete; request.Url = Rooms + \"/r1\"; await request.WithOAuthBearerToken(userAccessToken).SendAsync(request.Verb);");
            }

            add("Flurl.Http.IFlurlRequest.Url", "IFlurlRequest request = new FlurlRequest(); request.Url = Rooms; await request.WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.FlurlRequest.Url", "var request = new FlurlRequest { Url = Rooms }; await request.WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.FlurlRequest..ctor", "var request = new FlurlRequest(Rooms); await request.WithOAuthBearerToken(userAccessToken).GetStringAsync();");
            add("Flurl.Http.FlurlRequest.Headers", "var request = new FlurlRequest(Rooms); request.Headers.Add(\"Authorization\", \"Bearer \" + userAccessToken); await request.GetStringAsync();");
        }

        private static void AddDeclarative(AddRow add)
        {
            const string Api = "IRooms api = RestService.For<IRooms>(\"https://open.feishu.cn\"); await api.Call(userAccessToken);";
            foreach (var (verb, path, expected) in new[]
            {
                ("Get", "/open-apis/vc/v1/rooms", "FSUAT001"), ("Post", "/open-apis/vc/v1/rooms", "FSUAT001"), ("Put", "/open-apis/admin/v1/badges/b1", "FSUAT004"),
                ("Patch", "/open-apis/vc/v1/rooms/r1", "FSUAT001"), ("Delete", "/open-apis/vc/v1/rooms/r1", "FSUAT001"),
                ("Head", "/open-apis/vc/v1/rooms", RecognizedAsSend), ("Options", "/open-apis/vc/v1/rooms", RecognizedAsSend),
            })
            {
                add($"Refit.{verb}Attribute..ctor", Api, $$"""
                    public interface IRooms { [{{verb}}("{{path}}")] Task Call([Authorize("Bearer")] string userAccessToken); }
                    """, expected);
            }

            add("Refit.AuthorizeAttribute..ctor", Api, """public interface IRooms { [Get("/open-apis/vc/v1/rooms")] Task Call([Authorize("Bearer")] string userAccessToken); }""");
            add("Refit.HeaderAttribute..ctor", Api, """public interface IRooms { [Get("/open-apis/vc/v1/rooms")] Task Call([Header("Authorization")] string userAccessToken); }""");
            add("Refit.HeadersAttribute..ctor", "IRooms api = RestService.For<IRooms>(\"https://open.feishu.cn\"); await api.Call();",
                """public interface IRooms { [Get("/open-apis/vc/v1/rooms")] [Headers("Authorization: Bearer u-1234567890")] Task Call(); }""");
            add("Refit.HeaderCollectionAttribute..ctor",
                "IRooms api = RestService.For<IRooms>(\"https://open.feishu.cn\"); await api.Call(new Dictionary<string, string> { [\"Authorization\"] = \"Bearer \" + userAccessToken });",
                """public interface IRooms { [Get("/open-apis/vc/v1/rooms")] Task Call([HeaderCollection] IDictionary<string, string> headers); }""");
            add("Refit.PathPrefixAttribute..ctor", Api,
                """[PathPrefix("/open-apis/vc/v1")] public interface IRooms { [Get("/rooms")] Task Call([Authorize("Bearer")] string userAccessToken); }""");
            // A host URL with a path: Refit puts the route after it.
            const string Prefixed = """public interface IRooms { [Get("/vc/v1/rooms")] Task Call([Authorize("Bearer")] string userAccessToken); }""";
            add("Refit.RestService.For", "IRooms api = RestService.For<IRooms>(\"https://open.feishu.cn/open-apis\"); await api.Call(userAccessToken);", Prefixed);
            add("Refit.RestService.ForGenerated", "IRooms api = RestService.ForGenerated<IRooms>(\"https://open.feishu.cn/open-apis\"); await api.Call(userAccessToken);", Prefixed);
            add("Refit.RestService.CreateHttpClient",
                "var http = RestService.CreateHttpClient(\"https://open.feishu.cn/open-apis\", new RefitSettings()); IRooms api = RestService.For<IRooms>(http); await api.Call(userAccessToken);", Prefixed);
            add("Refit.RefitSettings.AuthorizationHeaderValueGetter",
                "IRooms api = RestService.For<IRooms>(\"https://open.feishu.cn\", new RefitSettings { AuthorizationHeaderValueGetter = (_, _) => new ValueTask<string>(userAccessToken) }); await api.Call();",
                """public interface IRooms { [Get("/open-apis/vc/v1/rooms")] [Headers("Authorization: Bearer")] Task Call(); }""");
            add("Refit.RefitSettings.HttpMessageHandlerFactory",
                "IRooms api = RestService.For<IRooms>(\"https://open.feishu.cn\", new RefitSettings { HttpMessageHandlerFactory = () => new AuthHandler(userAccessToken, new HttpClientHandler()) }); await api.Call();",
                """public interface IRooms { [Get("/open-apis/vc/v1/rooms")] Task Call(); }""");

            const string Wac = "IRoomsApi api = null; await api.Call(userAccessToken);";
            foreach (var (verb, path) in new[] { ("Get", "/open-apis/vc/v1/rooms"), ("Post", "/open-apis/vc/v1/rooms"), ("Patch", "/open-apis/vc/v1/rooms/r1"), ("Delete", "/open-apis/vc/v1/rooms/r1") })
            {
                add($"WebApiClientCore.Attributes.Http{verb}Attribute..ctor", Wac, $$"""
                    [Wac.HttpHost("https://open.feishu.cn/")] public interface IRoomsApi : IHttpApi { [Wac.Http{{verb}}("{{path}}")] Task Call(UserAccessToken access_token); }
                    """);
            }

            add("WebApiClientCore.Attributes.HttpHostAttribute..ctor", Wac,
                """[Wac.HttpHost("https://open.feishu.cn/open-apis/")] public interface IRoomsApi : IHttpApi { [Wac.HttpGet("vc/v1/rooms")] Task Call(UserAccessToken access_token); }""");
            add("WebApiClientCore.Attributes.OAuthTokenAttribute..ctor", "IRoomsApi api = null; await api.Call();",
                """[Wac.HttpHost("https://open.feishu.cn/"), Wac.OAuthToken] public interface IUserRoomsApi : IHttpApi { } public interface IRoomsApi : IUserRoomsApi { [Wac.HttpGet("/open-apis/vc/v1/rooms")] Task Call(); }""");

            const string F = "FeishuNetSdk.IFeishuUserApi.";
            const string User = "IFeishuUserApi api = null;\n";
            add(F + "GetVcV1RoomsAsync", User + "await api.GetVcV1RoomsAsync(userAccessToken);");
            add(F + "GetVcV1RoomsByRoomIdAsync", User + "await api.GetVcV1RoomsByRoomIdAsync(userAccessToken, \"r1\");");
            add(F + "DeleteVcV1RoomsByRoomIdAsync", User + "await api.DeleteVcV1RoomsByRoomIdAsync(userAccessToken, \"r1\");");
            add(F + "PostVcV1RoomLevelsAsync", User + "await api.PostVcV1RoomLevelsAsync(userAccessToken, new RoomLevelBody());");
            add(F + "GetVcV1ReserveConfigsReserveScopeAsync", User + "await api.GetVcV1ReserveConfigsReserveScopeAsync(userAccessToken, \"s1\", 1);");
            // A user token is right on rooms/search: nothing to report, the call is still read.
            add(F + "PostVcV1RoomsSearchAsync", User + "await api.PostVcV1RoomsSearchAsync(userAccessToken, new RoomSearchBody());", expected: RecognizedAsSend);
        }
    }
}
