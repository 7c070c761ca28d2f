using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

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

        /// <summary>The provider as a file of its own, in a namespace block (or none).</summary>
        public static string Build(string? @namespace, bool nullableAnnotations, bool systemTextJson, string newLine, bool embedded = false) =>
            Build(@namespace, new ProviderFeatures(nullableAnnotations, systemTextJson, httpJson: false, nullableTypeParameters: false), newLine, embedded ? ProviderLayout.AppendedBlock : ProviderLayout.NewFile);

        /// <param name="layout">How the provider's text sits in its file (see <see cref="ProviderLayout"/>).</param>
        public static string Build(string? @namespace, ProviderFeatures features, string newLine, ProviderLayout layout)
        {
            var nullableAnnotations = features.NullableAnnotations;
            var systemTextJson = features.SystemTextJson;
            var q = nullableAnnotations ? "?" : "";
            var appended = layout == ProviderLayout.AppendedBlock || layout == ProviderLayout.AppendedToFileScoped;
            var text = new StringBuilder();
            text.Append(Header);
            if (nullableAnnotations)
            {
                text.Append(appended ? "#nullable enable\n" : "#nullable enable\n\n");
            }

            var body = Body.Replace("$JSON", features.HttpJson ? JsonHelper : "").Replace("$TQ", features.NullableTypeParameters ? "?" : "")
                // C# 8 cannot write T? for an unconstrained T: the answer is returned as T, as GetFromJsonAsync<T> does there.
                .Replace("$TOPEN", nullableAnnotations && !features.NullableTypeParameters ? " (" : "")
                .Replace("$TCLOSE", nullableAnnotations && !features.NullableTypeParameters ? ")!" : "").Replace("$Q", q).Replace("$BANG", nullableAnnotations ? "!" : "").Replace("$PARSE", systemTextJson ? ParseWithJsonDocument : ParseByHand);
            var usings = new StringBuilder();
            usings.Append("using System;\nusing System.Globalization;\nusing System.IO;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\n");
            if (features.HttpJson)
            {
                usings.Append("using System.Net.Http.Json;\n");
            }

            usings.Append("using System.Text;\n");
            usings.Append(systemTextJson ? "using System.Text.Json;\n" : "using System.Text.RegularExpressions;\n");
            usings.Append("using System.Threading;\nusing System.Threading.Tasks;\n\n");
            var hasNamespace = !string.IsNullOrEmpty(@namespace);
            var indent = "";
            switch (layout)
            {
                case ProviderLayout.AppendedToFileScoped:
                    // Using directives cannot follow the file's members, and adding them to the file could make its own
                    // names ambiguous (System.Text.Json next to Newtonsoft.Json): every type is written in full and the
                    // fix lets the simplifier shorten what the file's usings already cover.
                    body = QualifyTypeNames(body);
                    break;
                case ProviderLayout.NewFileFileScoped when hasNamespace:
                    text.Append(usings).Append("namespace ").Append(@namespace).Append(";\n\n");
                    break;
                case ProviderLayout.AppendedBlock when hasNamespace:
                    indent = "    ";
                    text.Append("namespace ").Append(@namespace).Append("\n{\n");
                    body = usings + body;
                    break;
                default:
                    text.Append(usings);
                    if (hasNamespace)
                    {
                        indent = "    ";
                        text.Append("namespace ").Append(@namespace).Append("\n{\n");
                    }

                    break;
            }

            foreach (var line in body.Split('\n'))
            {
                text.Append(line.Length == 0 ? "" : indent + line).Append('\n');
            }

            if (indent.Length > 0)
            {
                text.Append("}\n");
            }

            if (appended && nullableAnnotations)
            {
                text.Append("#nullable restore\n");
            }

            return text.ToString().TrimEnd('\n').Replace("\n", newLine) + newLine;
        }

        /// <summary>The namespace of every type name the provider's body uses.</summary>
        private static readonly KeyValuePair<string, string>[] TypeNamespaces =
        {
            Pair("System", "TimeSpan", "DateTime", "Uri", "Environment", "InvalidOperationException", "Math"),
            Pair("System.Globalization", "CultureInfo"),
            Pair("System.IO", "Stream"),
            Pair("System.Net.Http", "HttpClient", "HttpResponseMessage", "HttpRequestMessage", "HttpMethod", "HttpContent", "StringContent", "HttpCompletionOption"),
            Pair("System.Net.Http.Json", "HttpContentJsonExtensions"),
            Pair("System.Net.Http.Headers", "AuthenticationHeaderValue"),
            Pair("System.Text", "StringBuilder", "Encoding"),
            Pair("System.Text.Json", "JsonDocument", "JsonElement", "JsonValueKind", "JsonException", "JsonSerializerOptions"),
            Pair("System.Text.RegularExpressions", "Regex"),
            Pair("System.Threading", "SemaphoreSlim", "CancellationToken"),
            Pair("System.Threading.Tasks", "Task"),
        };

        private static readonly Regex QualifiableName = new Regex(
            @"(?<![\w.:])(" + string.Join("|", TypeNamespaces.SelectMany(pair => pair.Value.Split(','))) + @")\b",
            RegexOptions.CultureInvariant);

        private static KeyValuePair<string, string> Pair(string @namespace, params string[] names) =>
            new KeyValuePair<string, string>(@namespace, string.Join(",", names));

        /// <summary>The namespace of each name in <see cref="TypeNamespaces"/>.</summary>
        private static readonly Dictionary<string, string> NamespaceOf = TypeNamespaces
            .SelectMany(pair => pair.Value.Split(',').Select(name => new KeyValuePair<string, string>(name, pair.Key)))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

        /// <summary>Writes every type name of the body as <c>global::Namespace.Name</c>.</summary>
        internal static string QualifyTypeNames(string body) =>
            QualifiableName.Replace(body, match => "global::" + NamespaceOf[match.Value] + "." + match.Value);

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
    public Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken = default(CancellationToken))
    {
        return SendAsync(client, request, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    /// <summary>Like <see cref=""HttpClient.SendAsync(HttpRequestMessage, HttpCompletionOption, CancellationToken)""/>, with the tenant_access_token.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, HttpCompletionOption completionOption, CancellationToken cancellationToken = default(CancellationToken))
    {
        var tenantAccessToken = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue(""Bearer"", tenantAccessToken);
        return await client.SendAsync(request, completionOption, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Like <see cref=""HttpClient.GetByteArrayAsync(string)""/>, with the tenant_access_token.</summary>
    public async Task<byte[]> GetByteArrayAsync(HttpClient client, string$Q requestUri, CancellationToken cancellationToken = default(CancellationToken))
    {
        using (var response = await SendAsync(client, HttpMethod.Get, requestUri, null, cancellationToken).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Like <see cref=""HttpClient.GetStreamAsync(string)""/>, with the tenant_access_token: the stream is read as it
    /// arrives, and disposing it releases the response.
    /// </summary>
    public async Task<Stream> GetStreamAsync(HttpClient client, string$Q requestUri, CancellationToken cancellationToken = default(CancellationToken))
    {
        var response = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, requestUri), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

$JSON    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
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

        /// <summary>What HttpClient.GetFromJsonAsync / DeleteFromJsonAsync do, for a request that gets the tenant token.</summary>
        private const string JsonHelper =
@"    /// <summary>
    /// Sends <paramref name=""request""/> with the tenant_access_token and reads the JSON answer, like
    /// HttpClient.GetFromJsonAsync and DeleteFromJsonAsync (System.Net.Http.Json).
    /// </summary>
    public async Task<T$TQ> ReadFromJsonAsync<T>(HttpClient client, HttpRequestMessage request, JsonSerializerOptions$Q options = null, CancellationToken cancellationToken = default(CancellationToken))
    {
        using (var response = await SendAsync(client, request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
            return$TOPEN await HttpContentJsonExtensions.ReadFromJsonAsync<T>(response.Content, options, cancellationToken).ConfigureAwait(false)$TCLOSE;
        }
    }

";

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
