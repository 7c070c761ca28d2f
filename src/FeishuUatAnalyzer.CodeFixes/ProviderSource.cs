using System.Text;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>
    /// The source of <c>FeishuTenantTokenProvider.cs</c>, the small tenant_access_token provider the fix adds
    /// to a project once. It is written for the consumer's compilation: C# 7.3 syntax, only APIs of
    /// netstandard2.0 / .NET Framework 4.7.2 / .NET 8+, nullable annotations only when the language has them,
    /// and System.Text.Json only when the compilation references it.
    /// </summary>
    internal static class ProviderSource
    {
        public const string TypeName = "FeishuTenantTokenProvider";
        public const string FileName = TypeName + ".cs";
        public const string SharedProperty = "Shared";
        public const string LarkProperty = "Lark";
        public const string GetTokenAsyncMethod = "GetTokenAsync";
        public const string GetTokenMethod = "GetToken";
        public const string AppIdVariable = "FEISHU_APP_ID";
        public const string AppSecretVariable = "FEISHU_APP_SECRET";

        /// <param name="embedded">
        /// The provider goes at the end of an existing file (under MSBuildWorkspace, which writes an explicit Compile item
        /// for a new document and so breaks SDK-style projects with NETSDK1022): its using directives go inside its namespace.
        /// </param>
        public static string Build(string? @namespace, bool nullableAnnotations, bool systemTextJson, string newLine, bool embedded = false)
        {
            var q = nullableAnnotations ? "?" : "";
            var text = new StringBuilder();
            text.Append(Header);
            if (nullableAnnotations)
            {
                text.Append(embedded ? "#nullable enable\n" : "#nullable enable\n\n");
            }

            var usings = new StringBuilder();
            usings.Append("using System;\nusing System.Globalization;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Text;\n");
            usings.Append(systemTextJson ? "using System.Text.Json;\n" : "using System.Text.RegularExpressions;\n");
            usings.Append("using System.Threading;\nusing System.Threading.Tasks;\n\n");
            var hasNamespace = !string.IsNullOrEmpty(@namespace);
            if (!embedded || !hasNamespace)
            {
                text.Append(usings);
            }

            var indent = hasNamespace ? "    " : "";
            if (hasNamespace)
            {
                text.Append("namespace ").Append(@namespace).Append("\n{\n");
            }

            var body = (embedded && hasNamespace ? usings.ToString() : "") + Body.Replace("$Q", q).Replace("$BANG", nullableAnnotations ? "!" : "").Replace("$PARSE", systemTextJson ? ParseWithJsonDocument : ParseByHand);
            foreach (var line in body.Split('\n'))
            {
                text.Append(line.Length == 0 ? "" : indent + line).Append('\n');
            }

            if (hasNamespace)
            {
                text.Append("}\n");
            }

            if (embedded && nullableAnnotations)
            {
                text.Append("#nullable restore\n");
            }

            return text.ToString().TrimEnd('\n').Replace("\n", newLine) + newLine;
        }

        private const string Header =
@"// Added by the FeishuUatAnalyzer code fix ""Use a tenant_access_token"" (FSUAT001/FSUAT002): the Feishu
// meeting-room APIs accept only a tenant_access_token since 2024-03-31.
//
// FeishuTenantTokenProvider gets the tenant_access_token of a self-built app:
//     POST https://{host}/open-apis/auth/v3/tenant_access_token/internal   {""app_id"": ..., ""app_secret"": ...}
// The app's credentials are read from two environment variables, never from the source code:
//     FEISHU_APP_ID       the app id (cli_...)
//     FEISHU_APP_SECRET   the app secret
// A token is valid for at most 2 hours. It is cached and a new one is requested when less than
// 30 minutes are left. Concurrent callers share one request. Tokens are never written to a log.
// Use FeishuTenantTokenProvider.Shared for open.feishu.cn and FeishuTenantTokenProvider.Lark for
// open.larksuite.com, or create one for another host. A store app gets its token differently
// (app_access_token with app_ticket, then tenant_access_token with tenant_key): adapt FetchAsync.

";

        private const string Body =
@"/// <summary>Gets, caches and refreshes the tenant_access_token of this app (a self-built Feishu app).</summary>
public sealed class FeishuTenantTokenProvider
{
    /// <summary>The environment variable that holds the app id.</summary>
    public const string AppIdVariable = ""FEISHU_APP_ID"";

    /// <summary>The environment variable that holds the app secret.</summary>
    public const string AppSecretVariable = ""FEISHU_APP_SECRET"";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(30);
    private static readonly HttpClient Http = new HttpClient();

    private readonly string _tokenEndpoint;
    private readonly SemaphoreSlim _refresh = new SemaphoreSlim(1, 1);
    private volatile CachedToken$Q _cached;

    /// <param name=""host"">open.feishu.cn (Feishu) or open.larksuite.com (Lark).</param>
    public FeishuTenantTokenProvider(string host)
    {
        _tokenEndpoint = ""https://"" + host + ""/open-apis/auth/v3/tenant_access_token/internal"";
    }

    /// <summary>The provider for open.feishu.cn.</summary>
    public static FeishuTenantTokenProvider Shared { get; } = new FeishuTenantTokenProvider(""open.feishu.cn"");

    /// <summary>The provider for open.larksuite.com (Lark).</summary>
    public static FeishuTenantTokenProvider Lark { get; } = new FeishuTenantTokenProvider(""open.larksuite.com"");

    /// <summary>The tenant_access_token, from the cache while more than 30 minutes of it are left.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default(CancellationToken))
    {
        var cached = _cached;
        if (cached != null && DateTime.UtcNow < cached.RefreshAtUtc)
        {
            return cached.TenantAccessToken;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = _cached;
            if (cached == null || DateTime.UtcNow >= cached.RefreshAtUtc)
            {
                cached = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _cached = cached;
            }

            return cached.TenantAccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// The tenant_access_token for synchronous code. Returns the cached token without blocking; when it must be
    /// refreshed, waits for the request on a thread-pool thread (no deadlock under a synchronization context).
    /// </summary>
    public string GetToken()
    {
        var cached = _cached;
        if (cached != null && DateTime.UtcNow < cached.RefreshAtUtc)
        {
            return cached.TenantAccessToken;
        }

        var tenantAccessToken = Task.Run(() => GetTokenAsync()).GetAwaiter().GetResult();
        return tenantAccessToken;
    }

    /// <summary>
    /// Sends <paramref name=""request""/> through <paramref name=""client""/> with the tenant_access_token in the request's
    /// own Authorization header, which takes precedence over the client's DefaultRequestHeaders.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken = default(CancellationToken))
    {
        var tenantAccessToken = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue(""Bearer"", tenantAccessToken);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request built from <paramref name=""method""/>, <paramref name=""requestUri""/> and <paramref name=""content""/> with the tenant_access_token.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string$Q requestUri, HttpContent$Q content = null, CancellationToken cancellationToken = default(CancellationToken))
    {
        return SendAsync(client, new HttpRequestMessage(method, requestUri) { Content = content }, cancellationToken);
    }

    /// <summary>Sends a request built from <paramref name=""method""/>, <paramref name=""requestUri""/> and <paramref name=""content""/> with the tenant_access_token.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, Uri$Q requestUri, HttpContent$Q content = null, CancellationToken cancellationToken = default(CancellationToken))
    {
        return SendAsync(client, new HttpRequestMessage(method, requestUri) { Content = content }, cancellationToken);
    }

    /// <summary>Like <see cref=""HttpClient.GetStringAsync(string)""/>, with the tenant_access_token.</summary>
    public async Task<string> GetStringAsync(HttpClient client, string$Q requestUri, CancellationToken cancellationToken = default(CancellationToken))
    {
        using (var response = await SendAsync(client, HttpMethod.Get, requestUri, null, cancellationToken).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Like <see cref=""HttpClient.GetStringAsync(Uri)""/>, with the tenant_access_token.</summary>
    public async Task<string> GetStringAsync(HttpClient client, Uri$Q requestUri, CancellationToken cancellationToken = default(CancellationToken))
    {
        using (var response = await SendAsync(client, HttpMethod.Get, requestUri, null, cancellationToken).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
    }

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var appId = Environment.GetEnvironmentVariable(AppIdVariable);
        var appSecret = Environment.GetEnvironmentVariable(AppSecretVariable);
        if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appSecret))
        {
            throw new InvalidOperationException(""Set the environment variables "" + AppIdVariable + "" and "" + AppSecretVariable + "" to the app's credentials to get a tenant_access_token."");
        }

        var body = ""{\""app_id\"":\"""" + Escape(appId) + ""\"",\""app_secret\"":\"""" + Escape(appSecret) + ""\""}"";
        using (var content = new StringContent(body, Encoding.UTF8, ""application/json""))
        using (var response = await Http.PostAsync(_tokenEndpoint, content, cancellationToken).ConfigureAwait(false))
        {
            var answer = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            long code = -1;
            string$Q message = null;
            string$Q tenantAccessToken = null;
            long expire = 0;
$PARSE
            if (code != 0 || string.IsNullOrEmpty(tenantAccessToken))
            {
                throw new InvalidOperationException(""Feishu did not issue a tenant_access_token (HTTP "" + (int)response.StatusCode + "", code "" + code.ToString(CultureInfo.InvariantCulture) + "": "" + (message ?? ""no message"") + "")."");
            }

            var refreshAtUtc = DateTime.UtcNow.AddSeconds(Math.Max(0, expire - RefreshMargin.TotalSeconds));
            return new CachedToken(tenantAccessToken$BANG, refreshAtUtc);
        }
    }

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c == '""' || c == '\\')
            {
                escaped.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                escaped.Append(""\\u"").Append(((int)c).ToString(""x4"", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private sealed class CachedToken
    {
        public CachedToken(string tenantAccessToken, DateTime refreshAtUtc)
        {
            TenantAccessToken = tenantAccessToken;
            RefreshAtUtc = refreshAtUtc;
        }

        public string TenantAccessToken { get; }

        public DateTime RefreshAtUtc { get; }
    }
}";

        private const string ParseWithJsonDocument =
@"            try
            {
                using (var json = JsonDocument.Parse(answer))
                {
                    var root = json.RootElement;
                    JsonElement value;
                    if (root.TryGetProperty(""code"", out value) && value.ValueKind == JsonValueKind.Number)
                    {
                        code = value.GetInt64();
                    }

                    if (root.TryGetProperty(""msg"", out value) && value.ValueKind == JsonValueKind.String)
                    {
                        message = value.GetString();
                    }

                    if (root.TryGetProperty(""tenant_access_token"", out value) && value.ValueKind == JsonValueKind.String)
                    {
                        tenantAccessToken = value.GetString();
                    }

                    if (root.TryGetProperty(""expire"", out value) && value.ValueKind == JsonValueKind.Number)
                    {
                        expire = value.GetInt64();
                    }
                }
            }
            catch (JsonException)
            {
                message = ""the answer is not JSON"";
            }
";

        private const string ParseByHand =
@"            // The answer is flat JSON: {""code"":0,""msg"":""ok"",""tenant_access_token"":""t-..."",""expire"":7200}.
            var number = Regex.Match(answer, ""\""code\""\\s*:\\s*(-?\\d+)"");
            if (number.Success)
            {
                code = long.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            var text = Regex.Match(answer, ""\""msg\""\\s*:\\s*\""((?:[^\""\\\\]|\\\\.)*)\"""");
            if (text.Success)
            {
                message = Regex.Unescape(text.Groups[1].Value);
            }

            var token = Regex.Match(answer, ""\""tenant_access_token\""\\s*:\\s*\""([^\""\\\\]*)\"""");
            if (token.Success)
            {
                tenantAccessToken = token.Groups[1].Value;
            }

            var seconds = Regex.Match(answer, ""\""expire\""\\s*:\\s*(\\d+)"");
            if (seconds.Success)
            {
                expire = long.Parse(seconds.Groups[1].Value, CultureInfo.InvariantCulture);
            }
";
    }
}
