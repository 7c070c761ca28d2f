using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace FeishuUatAnalyzer.Benchmarks.Corpus
{
    /// <summary>
    /// Service code that talks to web APIs: typed HttpClient clients, RestSharp gateways, Refit interfaces and
    /// their consumers, DTO files and orchestrators. Most calls go to non-Feishu APIs; every tenth file is a
    /// Feishu meeting-room client with calls made with user tokens (which the analyzer should report) and with
    /// tenant tokens (which it should not). File i is a pure function of (seed, i), so the first N files of a
    /// larger corpus are the corpus of N files (the scaling benchmark relies on this).
    /// </summary>
    internal static class HttpCorpusGenerator
    {
        private static readonly Regex Placeholder = new Regex(@"\{(\w+)\}", RegexOptions.CultureInvariant);

        private static readonly string[] HttpUsings =
        {
            "System", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Net.Http.Headers", "System.Net.Http.Json",
            "System.Text.Json", "System.Threading", "System.Threading.Tasks", "Contoso.Shared",
        };

        public static IReadOnlyList<GeneratedFile> SharedFiles() => new[]
        {
            new GeneratedFile("Shared/HttpHelpers.cs", SharedHttp, FileKind.Shared),
            new GeneratedFile("Shared/FeishuAuth.cs", SharedFeishu, FileKind.Shared),
        };

        public static GeneratedFile Generate(ulong seed, int index, PlantedCounts planted)
        {
            var rng = new Rng(Rng.Mix(seed, index));
            var area = rng.Pick(Vocabulary.Areas);
            var entity = rng.Pick(Vocabulary.Entities);
            var ns = $"Contoso.{area}.Integration.N{index:D4}";

            if (index % 10 == 7)
            {
                switch ((index / 10) % 4)
                {
                    case 0: return new GeneratedFile(Path(index, "FeishuRooms"), FeishuHttpClient(rng, ns, planted), FileKind.Feishu);
                    case 1: return new GeneratedFile(Path(index, "FeishuRooms"), FeishuRestSharp(rng, ns, planted), FileKind.Feishu);
                    case 2: return new GeneratedFile(Path(index, "FeishuRooms"), FeishuRefit(rng, ns, planted), FileKind.Feishu);
                    default: return new GeneratedFile(Path(index, "FeishuRooms"), FeishuGateway(rng, ns, planted), FileKind.Feishu);
                }
            }

            var api = rng.Pick(Vocabulary.Apis);
            var roll = rng.Next(100);
            if (roll < 32)
            {
                return new GeneratedFile(Path(index, api.Name + entity + "Client"), HttpClientService(rng, ns, api, entity), FileKind.HttpClient);
            }

            if (roll < 52)
            {
                return new GeneratedFile(Path(index, api.Name + entity + "Gateway"), RestSharpService(rng, ns, api, entity), FileKind.RestSharp);
            }

            if (roll < 67)
            {
                return new GeneratedFile(Path(index, api.Name + entity + "Api"), RefitService(rng, ns, api, entity), FileKind.Refit);
            }

            if (roll < 87)
            {
                return new GeneratedFile(Path(index, entity + "Models"), DtoFile(rng, ns, entity), FileKind.Dto);
            }

            return new GeneratedFile(Path(index, entity + "Orchestrator"), Orchestrator(rng, ns, api, entity), FileKind.HttpClient);
        }

        private static string Path(int index, string name) => $"Http/{index:D4}_{name}.cs";

        // ------------------------------------------------------------------ non-Feishu services

        private static string HttpClientService(Rng rng, string ns, ExternalApi api, string entity)
        {
            var w = new CodeWriter();
            w.Usings(HttpUsings);
            w.Open("namespace " + ns);
            Dto(w, rng, entity);
            w.Line();
            var type = api.Name + entity + "Client";
            w.Open($"public sealed class {type}");
            w.Line("private static readonly JsonSerializerOptions JsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web);");
            w.Line("private readonly HttpClient _http;");
            w.Line("private readonly ServiceOptions _options;");
            w.Line();
            w.Open($"public {type}(HttpClient http, ServiceOptions options)");
            w.Line("_http = http;");
            w.Line("_options = options;");
            w.Line($"_http.BaseAddress ??= new Uri(string.IsNullOrEmpty(options.BaseUrl) ? \"{api.BaseUrl}/\" : options.BaseUrl);");
            if (api.Credential == Credential.ApiKey)
            {
                w.Line("_http.DefaultRequestHeaders.Add(\"X-Api-Key\", options.ApiKey);");
            }

            w.Close();
            var methods = rng.Next(4, 8);
            var usedNames = new HashSet<string>();
            var needsBuildRequest = false;
            for (var m = 0; m < methods; m++)
            {
                w.Line();
                var path = rng.Pick(api.Paths);
                var template = rng.Next(7);
                var name = UniqueName(usedNames, template switch
                {
                    0 => "Get" + entity,
                    1 => rng.Pick(Vocabulary.Verbs) + entity,
                    2 => "Create" + entity,
                    3 => "Fetch" + entity + "Raw",
                    4 => "Delete" + entity,
                    5 => "ListAll" + Names.Plural(entity),
                    _ => "Read" + entity + "Summary",
                });
                var (url, parameters) = Url(api.BaseUrl + path);
                var signature = string.Join(", ", parameters.Select(p => "string " + p));
                var sep = signature.Length == 0 ? string.Empty : ", ";
                switch (template)
                {
                    case 0:
                        w.Open($"public async Task<{entity}Dto?> {name}Async({signature}{sep}CancellationToken cancellationToken = default)");
                        foreach (var p in parameters)
                        {
                            w.Line($"Guard.NotEmpty({p}, nameof({p}));");
                        }

                        w.Line($"var dto = await _http.GetFromJsonAsync<{entity}Dto>({url}, JsonOptions, cancellationToken);");
                        w.Open("if (dto is null)").Line("return null;").Close();
                        w.Line("dto.Name = dto.Name?.Trim() ?? string.Empty;");
                        w.Line("return dto;");
                        w.Close();
                        break;
                    case 1:
                        w.Open($"public async Task<string> {name}Async({signature}{sep}string accessToken, CancellationToken cancellationToken = default)");
                        w.Line($"using var request = new HttpRequestMessage(HttpMethod.{rng.Pick(new[] { "Post", "Put", "Patch" })}, {url});");
                        AuthorizationHeader(w, api, "accessToken");
                        w.Line("request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(\"application/json\"));");
                        w.Line($"request.Content = JsonContent.Create(new {{ updated_at = DateTimeOffset.UtcNow, reason = \"{Names.Snake(name)}\" }});");
                        w.Line("using var response = await _http.SendAsync(request, cancellationToken);");
                        w.Line("response.EnsureSuccessStatusCode();");
                        w.Line("return await response.Content.ReadAsStringAsync(cancellationToken);");
                        w.Close();
                        break;
                    case 2:
                        w.Open($"public async Task<{entity}Dto> {name}Async({entity}Dto dto{sep}{signature}, CancellationToken cancellationToken = default)");
                        w.Line("dto.Validate();");
                        w.Line($"using var response = await _http.PostAsJsonAsync({url}, dto, JsonOptions, cancellationToken);");
                        w.Open("if (!response.IsSuccessStatusCode)");
                        w.Line("var error = await response.Content.ReadAsStringAsync(cancellationToken);");
                        w.Line("throw new ApiException(error, (int)response.StatusCode);");
                        w.Close();
                        w.Line($"return await response.Content.ReadFromJsonAsync<{entity}Dto>(JsonOptions, cancellationToken) ?? dto;");
                        w.Close();
                        break;
                    case 3:
                        w.Line($"public Task<string> {name}Async({signature}{sep}CancellationToken cancellationToken = default) =>");
                        w.Line($"    HttpHelpers.SendWithBearerAsync(_http, HttpMethod.Get, {url}, _options.AccessToken, null, cancellationToken);");
                        break;
                    case 4:
                        needsBuildRequest = true;
                        w.Open($"public async Task<bool> {name}Async({signature}{sep}CancellationToken cancellationToken = default)");
                        w.Line($"using var request = BuildRequest(HttpMethod.Delete, {url});");
                        w.Line("using var response = await _http.SendAsync(request, cancellationToken);");
                        w.Line("return response.IsSuccessStatusCode;");
                        w.Close();
                        break;
                    case 5:
                        w.Open($"public async Task<List<{entity}Dto>> {name}Async({signature}{sep}CancellationToken cancellationToken = default)");
                        w.Line($"var all = new List<{entity}Dto>();");
                        w.Line("string? pageToken = null;");
                        w.Open("do");
                        w.Line($"var url = HttpHelpers.Query({url}, (\"page_token\", pageToken), (\"page_size\", \"{rng.Pick(new[] { 20, 50, 100 })}\"));");
                        w.Line($"var page = await _http.GetFromJsonAsync<PagedResult<{entity}Dto>>(url, JsonOptions, cancellationToken);");
                        w.Open("if (page is null)").Line("break;").Close();
                        w.Line("all.AddRange(page.Items.Where(item => item.IsActive));");
                        w.Line("pageToken = page.HasMore ? page.NextPageToken : null;");
                        w.Close(" while (pageToken != null);");
                        w.Line("return all;");
                        w.Close();
                        break;
                    default:
                        w.Open($"public async Task<IReadOnlyDictionary<string, string>> {name}Async({signature}{sep}CancellationToken cancellationToken = default)");
                        w.Line($"var json = await _http.GetStringAsync({url}, cancellationToken);");
                        w.Line("using var document = JsonDocument.Parse(json);");
                        w.Line("var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);");
                        w.Open("foreach (var property in document.RootElement.EnumerateObject())");
                        w.Open("if (property.Value.ValueKind == JsonValueKind.String)");
                        w.Line("result[property.Name] = property.Value.GetString() ?? string.Empty;");
                        w.Close();
                        w.Close();
                        w.Line("return result;");
                        w.Close();
                        break;
                }
            }

            if (needsBuildRequest)
            {
                w.Line();
                w.Open("private HttpRequestMessage BuildRequest(HttpMethod method, string url)");
                w.Line("var request = new HttpRequestMessage(method, url);");
                AuthorizationHeader(w, api, "_options.AccessToken");
                w.Line("request.Headers.Add(\"X-Request-Id\", Guid.NewGuid().ToString(\"N\"));");
                w.Line("return request;");
                w.Close();
            }

            w.Line();
            MappingMethod(w, rng, entity);
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string RestSharpService(Rng rng, string ns, ExternalApi api, string entity)
        {
            var w = new CodeWriter();
            w.Usings(new[] { "System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks", "Contoso.Shared", "RestSharp" });
            w.Open("namespace " + ns);
            Dto(w, rng, entity);
            w.Line();
            var type = api.Name + entity + "Gateway";
            w.Open($"public sealed class {type} : IDisposable");
            w.Line("private readonly RestClient _client;");
            w.Line("private readonly ServiceOptions _options;");
            w.Line();
            w.Open($"public {type}(ServiceOptions options)");
            w.Line("_options = options;");
            w.Line($"_client = new RestClient(new RestClientOptions(\"{api.BaseUrl}\") {{ Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) }});");
            w.Close();
            var methods = rng.Next(3, 7);
            var usedNames = new HashSet<string>();
            var needsAuthorized = false;
            for (var m = 0; m < methods; m++)
            {
                w.Line();
                var path = rng.Pick(api.Paths).TrimStart('/');
                var (url, parameters) = Url(path);
                var signature = string.Join(", ", parameters.Select(p => "string " + p));
                var sep = signature.Length == 0 ? string.Empty : ", ";
                switch (rng.Next(4))
                {
                    case 0:
                        w.Open($"public async Task<{entity}Dto?> {UniqueName(usedNames, "Get" + entity)}Async({signature}{sep}CancellationToken cancellationToken = default)");
                        w.Line($"var request = new RestRequest({url}, Method.Get);");
                        w.Line($"request.AddHeader(\"Authorization\", $\"Bearer {{_options.AccessToken}}\");");
                        w.Line($"var response = await _client.ExecuteAsync<{entity}Dto>(request, cancellationToken);");
                        w.Open("if (!response.IsSuccessful)");
                        w.Line("throw new ApiException(response.ErrorMessage ?? \"request failed\", (int)response.StatusCode);");
                        w.Close();
                        w.Line("return response.Data;");
                        w.Close();
                        break;
                    case 1:
                        w.Open($"public RestResponse {UniqueName(usedNames, "Create" + entity)}({entity}Dto dto, string accessToken{sep}{signature})");
                        w.Line("dto.Validate();");
                        w.Line($"var request = new RestRequest({url}, Method.Post);");
                        w.Line("request.AddParameter(\"Authorization\", \"Bearer \" + accessToken, ParameterType.HttpHeader);");
                        w.Line("request.AddJsonBody(dto);");
                        w.Line("return _client.Execute(request);");
                        w.Close();
                        break;
                    case 2:
                        needsAuthorized = true;
                        w.Open($"public async Task<int> {UniqueName(usedNames, rng.Pick(Vocabulary.Verbs) + Names.Plural(entity))}Async(IEnumerable<string> ids{sep}{signature}, CancellationToken cancellationToken = default)");
                        w.Line("var done = 0;");
                        w.Open("foreach (var itemId in ids.Where(x => !string.IsNullOrWhiteSpace(x)).Distinct())");
                        w.Line($"var request = Authorized({url}, Method.Post);");
                        w.Line("request.AddQueryParameter(\"id\", itemId);");
                        w.Line("var response = await _client.ExecutePostAsync(request, cancellationToken);");
                        w.Open("if (response.IsSuccessful)").Line("done++;").Close();
                        w.Close();
                        w.Line("return done;");
                        w.Close();
                        break;
                    default:
                        w.Open($"public async Task<IReadOnlyList<{entity}Dto>> {UniqueName(usedNames, "Search" + Names.Plural(entity))}Async(string text{sep}{signature}, CancellationToken cancellationToken = default)");
                        w.Line($"var request = new RestRequest({url});");
                        w.Line("request.AddQueryParameter(\"q\", text.Trim());");
                        w.Line($"request.AddHeader(\"X-Api-Key\", _options.ApiKey);");
                        w.Line($"var response = await _client.ExecuteGetAsync<List<{entity}Dto>>(request, cancellationToken);");
                        w.Line($"return (IReadOnlyList<{entity}Dto>?)response.Data?.OrderBy(x => x.Name, StringComparer.Ordinal).ToList() ?? Array.Empty<{entity}Dto>();");
                        w.Close();
                        break;
                }
            }

            if (needsAuthorized)
            {
                w.Line();
                w.Open("private RestRequest Authorized(string resource, Method method)");
                w.Line("var request = new RestRequest(resource, method);");
                w.Line("request.AddHeader(\"Authorization\", \"Bearer \" + _options.AccessToken);");
                w.Line("return request;");
                w.Close();
            }

            w.Line();
            w.Line("public void Dispose() => _client.Dispose();");
            w.Line();
            MappingMethod(w, rng, entity);
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string RefitService(Rng rng, string ns, ExternalApi api, string entity)
        {
            var w = new CodeWriter();
            w.Usings(new[] { "System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks", "Contoso.Shared", "Refit" });
            w.Open("namespace " + ns);
            Dto(w, rng, entity);
            w.Line();
            var iface = $"I{api.Name}{entity}Api";
            var plural = Names.Plural(entity);
            var path = RefitPath(rng.Pick(api.Paths));
            w.Open($"public interface {iface}");
            w.Line($"[Get(\"{path}/{{id}}\")]");
            w.Line($"Task<{entity}Dto> Get{entity}Async(string id, [Authorize(\"Bearer\")] string token, CancellationToken cancellationToken = default);");
            w.Line();
            w.Line($"[Get(\"{path}\")]");
            w.Line($"Task<PagedResult<{entity}Dto>> List{plural}Async([Query] int page_size, [Query] string? page_token, [Authorize(\"Bearer\")] string token);");
            w.Line();
            w.Line($"[Post(\"{path}\")]");
            w.Line($"Task<IApiResponse<{entity}Dto>> Create{entity}Async([Body] {entity}Dto body, [Header(\"Authorization\")] string authorization);");
            w.Line();
            w.Line($"[Delete(\"{path}/{{id}}\")]");
            w.Line($"Task Delete{entity}Async(string id, [Header(\"X-Api-Key\")] string apiKey);");
            w.Close();
            w.Line();
            var consumer = $"{entity}{rng.Pick(new[] { "Sync", "Importer", "Reconciler", "Publisher" })}";
            w.Open($"public sealed class {consumer}");
            w.Line($"private readonly {iface} _api;");
            w.Line("private readonly ServiceOptions _options;");
            w.Line();
            w.Open($"public {consumer}({iface} api, ServiceOptions options)");
            w.Line("_api = api;");
            w.Line("_options = options;");
            w.Close();
            w.Line();
            w.Open("public async Task<int> SyncAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)");
            w.Line("var active = 0;");
            w.Open("foreach (var id in ids)");
            w.Line($"var dto = await _api.Get{entity}Async(id, _options.AccessToken, cancellationToken);");
            w.Open("if (dto.IsActive && dto.UpdatedAt > DateTimeOffset.UtcNow.AddDays(-30))").Line("active++;").Close();
            w.Close();
            w.Line("return active;");
            w.Close();
            w.Line();
            w.Open($"public async Task<List<{entity}Dto>> LoadAllAsync()");
            w.Line($"var all = new List<{entity}Dto>();");
            w.Line("string? pageToken = null;");
            w.Open("do");
            w.Line($"var page = await _api.List{plural}Async({rng.Pick(new[] { 20, 50, 100 })}, pageToken, _options.AccessToken);");
            w.Line("all.AddRange(page.Items);");
            w.Line("pageToken = page.HasMore ? page.NextPageToken : null;");
            w.Close(" while (pageToken != null);");
            w.Line("return all;");
            w.Close();
            w.Line();
            w.Open($"public async Task<{entity}Dto?> CreateAsync({entity}Dto dto)");
            w.Line("dto.Validate();");
            w.Line($"using var response = await _api.Create{entity}Async(dto, \"Bearer \" + _options.AccessToken);");
            w.Line("return response.IsSuccessStatusCode ? response.Content : null;");
            w.Close();
            w.Line();
            w.Line($"public Task RemoveAsync(string id) => _api.Delete{entity}Async(id, _options.ApiKey);");
            w.Line();
            MappingMethod(w, rng, entity);
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string DtoFile(Rng rng, string ns, string entity)
        {
            var w = new CodeWriter();
            w.Usings(new[] { "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Text.Json.Serialization" });
            w.Open("namespace " + ns);
            w.Open($"public enum {entity}Kind");
            w.Line("Unknown,");
            w.Line("Standard,");
            w.Line("Premium,");
            w.Line("Internal,");
            w.Close();
            var count = rng.Next(3, 7);
            for (var i = 0; i < count; i++)
            {
                w.Line();
                var name = i == 0 ? entity + "Record" : entity + rng.Pick(new[] { "Line", "Detail", "Snapshot", "Change", "Link", "Summary", "Audit" }) + i;
                if (rng.Chance(35))
                {
                    var fields = Enumerable.Range(0, rng.Next(2, 5)).Select(k => $"string {Vocabulary.PropertyNames[(k + i) % Vocabulary.PropertyNames.Length]}").ToList();
                    fields.Add("decimal Amount");
                    fields.Add("DateTimeOffset At");
                    w.Line($"public sealed record {name}({string.Join(", ", fields)})");
                    w.Line("{");
                    w.Line($"    public bool IsRecent(DateTimeOffset now) => now - At < TimeSpan.FromDays({rng.Next(1, 90)});");
                    w.Line("}");
                    continue;
                }

                w.Open($"public sealed class {name}");
                var properties = rng.Next(4, 9);
                var props = new List<string>();
                for (var p = 0; p < properties; p++)
                {
                    var prop = Vocabulary.PropertyNames[(p * 7 + i + rng.Next(3)) % Vocabulary.PropertyNames.Length];
                    if (props.Contains(prop))
                    {
                        continue;
                    }

                    props.Add(prop);
                    w.Line($"[JsonPropertyName(\"{Names.Snake(prop)}\")]");
                    w.Line($"public string {prop} {{ get; set; }} = string.Empty;");
                    w.Line();
                }

                w.Line("public decimal Amount { get; set; }");
                w.Line();
                w.Line($"public {entity}Kind Kind {{ get; set; }}");
                w.Line();
                w.Line("public List<string> Tags { get; set; } = new List<string>();");
                w.Line();
                w.Open("public string Describe()");
                w.Line("var text = new StringBuilder();");
                foreach (var prop in props.Take(3))
                {
                    w.Line($"text.Append(\"{prop}=\").Append({prop}).Append(';');");
                }

                w.Line("text.Append(string.Join(\",\", Tags.Where(t => t.Length > 0).OrderBy(t => t, StringComparer.Ordinal)));");
                w.Line("return text.ToString();");
                w.Close();
                w.Line();
                w.Line($"public bool Matches(string query) => {string.Join(" || ", props.Take(2).Select(p => $"{p}.Contains(query, StringComparison.OrdinalIgnoreCase)"))};");
                w.Close();
            }

            w.Close();
            return w.ToString();
        }

        private static string Orchestrator(Rng rng, string ns, ExternalApi api, string entity)
        {
            var w = new CodeWriter();
            w.Usings(HttpUsings);
            w.Open("namespace " + ns);
            Dto(w, rng, entity);
            w.Line();
            var type = entity + "Orchestrator";
            var (url, parameters) = Url(api.BaseUrl + rng.Pick(api.Paths));
            var signature = string.Join(", ", parameters.Select(p => "string " + p));
            var sep = signature.Length == 0 ? string.Empty : ", ";
            var args = string.Join(", ", parameters);
            var argSep = args.Length == 0 ? string.Empty : ", ";
            w.Open($"public sealed class {type}");
            w.Line("private readonly HttpClient _http;");
            w.Line("private readonly ServiceOptions _options;");
            w.Line("private readonly Dictionary<string, DateTimeOffset> _lastRun = new Dictionary<string, DateTimeOffset>();");
            w.Line();
            w.Open($"public {type}(HttpClient http, ServiceOptions options)");
            w.Line("_http = http;");
            w.Line("_options = options;");
            w.Close();
            w.Line();
            w.Open($"public async Task<int> RunAsync(IReadOnlyList<{entity}Dto> items{sep}{signature}, CancellationToken cancellationToken = default)");
            w.Line("var processed = 0;");
            w.Open("foreach (var batch in items.Where(i => i.IsActive).Chunk(" + rng.Next(5, 50) + "))");
            w.Line("cancellationToken.ThrowIfCancellationRequested();");
            w.Line("var payload = batch.Select(ToPayload).ToList();");
            w.Line($"var answer = await PushAsync(payload{argSep}{args}, cancellationToken);");
            w.Open("if (!string.IsNullOrEmpty(answer))");
            w.Line("processed += batch.Length;");
            w.Line("_lastRun[batch[0].Id] = DateTimeOffset.UtcNow;");
            w.Close();
            w.Close();
            w.Line("return processed;");
            w.Close();
            w.Line();
            w.Open($"private Task<string> PushAsync(object payload{sep}{signature}, CancellationToken cancellationToken)");
            w.Line($"return HttpHelpers.SendWithBearerAsync(_http, HttpMethod.Post, {url}, _options.AccessToken, payload, cancellationToken);");
            w.Close();
            w.Line();
            w.Open($"private static object ToPayload({entity}Dto dto)");
            w.Line("return new { id = dto.Id, name = dto.Name, amount = Math.Round(dto.Amount, 2), tags = dto.Tags.ToArray() };");
            w.Close();
            w.Line();
            w.Line("public bool RanRecently(string id) => _lastRun.TryGetValue(id, out var at) && DateTimeOffset.UtcNow - at < TimeSpan.FromMinutes(" + rng.Next(5, 120) + ");");
            w.Line();
            MappingMethod(w, rng, entity);
            w.Close();
            w.Close();
            return w.ToString();
        }

        // ------------------------------------------------------------------ Feishu meeting-room clients

        private static string FeishuHttpClient(Rng rng, string ns, PlantedCounts planted)
        {
            var room = rng.Pick(Vocabulary.TenantOnlyRoomEndpoints);
            var other = rng.Pick(Vocabulary.UserFriendlyEndpoints);
            var host = rng.Chance(80) ? "https://open.feishu.cn" : "https://open.larksuite.com";
            var w = new CodeWriter();
            w.Usings(HttpUsings.Concat(new[] { "Contoso.Shared.Feishu" }));
            w.Open("namespace " + ns);
            w.Open("public sealed class MeetingRoomClient");
            w.Line("private readonly HttpClient _http;");
            w.Line("private readonly FeishuAuthClient _auth;");
            w.Line();
            w.Open("public MeetingRoomClient(HttpClient http, FeishuAuthClient auth)");
            w.Line("_http = http;");
            w.Line("_auth = auth;");
            w.Close();
            w.Line();
            // A user token on a tenant-only endpoint: FSUAT001.
            w.Open($"public async Task<string> {room.Operation}AsUserAsync(string roomId, string userAccessToken)");
            w.Line($"using var request = new HttpRequestMessage(HttpMethod.{Verb(room.Method)}, $\"{host}{room.Path}\");");
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", userAccessToken);");
            w.Line("using var response = await _http.SendAsync(request);");
            w.Line("return await response.Content.ReadAsStringAsync();");
            w.Close();
            planted.Add("FSUAT001");
            w.Line();
            // The same endpoint with the tenant token it needs: nothing to report.
            w.Open($"public async Task<string> {room.Operation}AsTenantAsync(string roomId, CancellationToken cancellationToken = default)");
            w.Line("var tenantAccessToken = await _auth.GetTenantAccessTokenAsync(cancellationToken);");
            w.Line($"using var request = new HttpRequestMessage(HttpMethod.{Verb(room.Method)}, $\"{host}{room.Path}\");");
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", tenantAccessToken);");
            w.Line("using var response = await _http.SendAsync(request, cancellationToken);");
            w.Line("return await response.Content.ReadAsStringAsync(cancellationToken);");
            w.Close();
            w.Line();
            // A user token on an endpoint that accepts it: nothing to report.
            w.Open($"public async Task<string> {other.Operation}Async(string roomId, string userAccessToken)");
            w.Line($"using var request = new HttpRequestMessage(HttpMethod.Get, $\"{host}{other.Path}\");");
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", userAccessToken);");
            w.Line("using var response = await _http.SendAsync(request);");
            w.Line("return await response.Content.ReadAsStringAsync();");
            w.Close();
            w.Line();
            // A user token handed to the shared helper with a tenant-only URL: FSUAT001 at the helper call.
            w.Line("public Task<string> ListRoomsForUserAsync(string userAccessToken, CancellationToken cancellationToken = default) =>");
            w.Line($"    HttpHelpers.SendWithBearerAsync(_http, HttpMethod.Get, \"{host}/open-apis/vc/v1/rooms?page_size=20\", userAccessToken, null, cancellationToken);");
            planted.Add("FSUAT001");
            w.Line();
            w.Open("public async Task<string> NotifyAsync(string openId, string text, CancellationToken cancellationToken = default)");
            w.Line("var tenantAccessToken = await _auth.GetTenantAccessTokenAsync(cancellationToken);");
            w.Line($"using var request = new HttpRequestMessage(HttpMethod.Post, \"{host}/open-apis/im/v1/messages?receive_id_type=open_id\");");
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", tenantAccessToken);");
            w.Line("request.Content = JsonContent.Create(new { receive_id = openId, msg_type = \"text\", content = JsonSerializer.Serialize(new { text }) });");
            w.Line("using var response = await _http.SendAsync(request, cancellationToken);");
            w.Line("return await response.Content.ReadAsStringAsync(cancellationToken);");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string FeishuRestSharp(Rng rng, string ns, PlantedCounts planted)
        {
            var room = rng.Pick(Vocabulary.TenantOnlyRoomEndpoints);
            var w = new CodeWriter();
            w.Usings(new[] { "System", "System.Threading.Tasks", "Contoso.Shared", "RestSharp" });
            w.Open("namespace " + ns);
            w.Open("public sealed class TokenResult");
            w.Line("public string? tenant_access_token { get; set; }");
            w.Line("public int expire { get; set; }");
            w.Close();
            w.Line();
            w.Open("internal sealed class MeetingRoomService");
            w.Line($"private const string RoomsUrl = \"open-apis/vc/v1/rooms\";");
            w.Line("private readonly RestClient _client = new RestClient(\"https://open.feishu.cn/\");");
            w.Line("private readonly string _appId;");
            w.Line("private readonly string _appSecret;");
            w.Line();
            w.Open("public MeetingRoomService(string appId, string appSecret)");
            w.Line("_appId = appId;");
            w.Line("_appSecret = appSecret;");
            w.Close();
            w.Line();
            w.Open("public RestResponse GetRoomForUser(string roomId, string userAccessToken)");
            w.Line("var request = new RestRequest($\"{RoomsUrl}/{roomId}\", Method.Get);");
            w.Line("request.AddHeader(\"Authorization\", \"Bearer \" + userAccessToken);");
            w.Line("return _client.Execute(request);");
            w.Close();
            planted.Add("FSUAT001");
            w.Line();
            w.Open("public RestResponse GetRoomForTenant(string roomId)");
            w.Line("var token = GetTenantToken();");
            w.Line("var request = new RestRequest($\"{RoomsUrl}/{roomId}\", Method.Get);");
            w.Line("request.AddParameter(\"Authorization\", $\"Bearer {token}\", ParameterType.HttpHeader);");
            w.Line("return _client.Execute(request);");
            w.Close();
            w.Line();
            w.Open($"public async Task<string?> {room.Operation}Async(string roomId, string user_access_token)");
            w.Line($"var request = new RestRequest($\"{room.Path.TrimStart('/')}\", Method.{Names.Pascal(room.Method.ToLowerInvariant())});");
            w.Line("request.AddHeader(\"Authorization\", $\"Bearer {user_access_token}\");");
            w.Line("var response = await _client.ExecuteAsync(request);");
            w.Line("return response.Content;");
            w.Close();
            planted.Add("FSUAT001");
            w.Line();
            w.Open("private string GetTenantToken()");
            w.Line("var request = new RestRequest(\"open-apis/auth/v3/tenant_access_token/internal\", Method.Post);");
            w.Line("request.AddJsonBody(new { app_id = _appId, app_secret = _appSecret });");
            w.Line("var response = _client.Execute<TokenResult>(request);");
            w.Line("return response.Data?.tenant_access_token ?? string.Empty;");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string FeishuRefit(Rng rng, string ns, PlantedCounts planted)
        {
            var w = new CodeWriter();
            w.Usings(new[] { "System.Threading.Tasks", "Refit" });
            w.Open("namespace " + ns);
            w.Open("public interface IFeishuRooms");
            w.Line("[Get(\"/open-apis/vc/v1/rooms/{roomId}\")]");
            w.Line("Task<string> GetRoomAsync(string roomId, [Authorize(\"Bearer\")] string accessToken);");
            w.Line();
            w.Line("[Post(\"/open-apis/vc/v1/rooms/search\")]");
            w.Line("Task<string> SearchRoomsAsync([Body] object query, [Authorize(\"Bearer\")] string accessToken);");
            w.Line();
            w.Line("[Get(\"/open-apis/vc/v1/reserves/{reserveId}\")]");
            w.Line("Task<string> GetReserveAsync(string reserveId, [Authorize(\"Bearer\")] string accessToken);");
            w.Close();
            w.Line();
            w.Open("internal sealed class UserSession");
            w.Line("public string UserAccessToken { get; set; } = \"\";");
            w.Line("public string TenantAccessToken { get; set; } = \"\";");
            w.Close();
            w.Line();
            w.Open("internal sealed class RoomBrowser");
            w.Line("private readonly IFeishuRooms _rooms;");
            w.Line("private readonly UserSession _session;");
            w.Line();
            w.Open("public RoomBrowser(IFeishuRooms rooms, UserSession session)");
            w.Line("_rooms = rooms;");
            w.Line("_session = session;");
            w.Close();
            w.Line();
            w.Open("public async Task ShowAsync(string roomId, string reserveId)");
            w.Line("await _rooms.GetRoomAsync(roomId, _session.UserAccessToken);");
            planted.Add("FSUAT001");
            w.Line("await _rooms.GetRoomAsync(roomId, _session.TenantAccessToken);");
            w.Line("await _rooms.GetReserveAsync(reserveId, _session.UserAccessToken);");
            w.Close();
            w.Line();
            w.Line($"public Task<string> SearchAsUserAsync(string text) => _rooms.SearchRoomsAsync(new {{ query = text, page_size = {rng.Next(10, 50)} }}, _session.UserAccessToken);");
            w.Line();
            w.Line("public Task<string> SearchAsTenantAsync(string text) => _rooms.SearchRoomsAsync(new { query = text }, _session.TenantAccessToken);");
            planted.Add("FSUAT003");
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string FeishuGateway(Rng rng, string ns, PlantedCounts planted)
        {
            var room = rng.Pick(Vocabulary.TenantOnlyRoomEndpoints);
            var w = new CodeWriter();
            w.Usings(HttpUsings);
            w.Open("namespace " + ns);
            w.Open("internal sealed class FeishuGateway");
            w.Line("private readonly HttpClient _http = new HttpClient();");
            w.Line();
            w.Open("private async Task<string> SendAsync(HttpMethod method, string path, string accessToken, object? body = null)");
            w.Line("using var request = new HttpRequestMessage(method, \"https://open.feishu.cn\" + path);");
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", accessToken);");
            w.Open("if (body != null)").Line("request.Content = JsonContent.Create(body);").Close();
            w.Line("using var response = await _http.SendAsync(request);");
            w.Line("return await response.Content.ReadAsStringAsync();");
            w.Close();
            w.Line();
            w.Line($"public Task<string> {room.Operation}Async(string roomId, string userAccessToken) =>");
            w.Line($"    SendAsync(HttpMethod.{Verb(room.Method)}, $\"{room.Path}\", userAccessToken);");
            planted.Add("FSUAT001");
            w.Line();
            w.Line($"public Task<string> {room.Operation}AsTenantAsync(string roomId, string tenantAccessToken) =>");
            w.Line($"    SendAsync(HttpMethod.{Verb(room.Method)}, $\"{room.Path}\", tenantAccessToken);");
            w.Line();
            w.Line("public Task<string> ApplyReserveAsync(string userAccessToken, object body) =>");
            w.Line("    SendAsync(HttpMethod.Post, \"/open-apis/vc/v1/reserves/apply\", userAccessToken, body);");
            w.Line();
            w.Line("public Task<string> ReserveScopeAsync(string accessToken, string scopeId) =>");
            w.Line("    SendAsync(HttpMethod.Get, \"/open-apis/vc/v1/reserve_configs/reserve_scope?scope_type=2&scope_id=\" + scopeId, accessToken);");
            planted.Add("FSUAT002");
            w.Close();
            w.Close();
            return w.ToString();
        }

        // ------------------------------------------------------------------ pieces

        private static void Dto(CodeWriter w, Rng rng, string entity)
        {
            w.Open($"public sealed class {entity}Dto");
            w.Line("public string Id { get; set; } = string.Empty;");
            w.Line("public string Name { get; set; } = string.Empty;");
            var extra = rng.Next(1, 5);
            for (var i = 0; i < extra; i++)
            {
                w.Line($"public string {Vocabulary.PropertyNames[1 + (i * 5 + 3) % (Vocabulary.PropertyNames.Length - 1)]} {{ get; set; }} = string.Empty;");
            }

            w.Line("public decimal Amount { get; set; }");
            w.Line("public bool IsActive { get; set; }");
            w.Line("public DateTimeOffset UpdatedAt { get; set; }");
            w.Line("public List<string> Tags { get; set; } = new List<string>();");
            w.Line();
            w.Open("public void Validate()");
            w.Open("if (string.IsNullOrWhiteSpace(Name))");
            w.Line($"throw new ArgumentException(\"{entity} needs a name.\", nameof(Name));");
            w.Close();
            w.Open("if (Amount < 0)");
            w.Line("throw new ArgumentOutOfRangeException(nameof(Amount), Amount, \"Amount must not be negative.\");");
            w.Close();
            w.Close();
            w.Close();
        }

        private static void MappingMethod(CodeWriter w, Rng rng, string entity)
        {
            w.Open($"public static IReadOnlyList<string> Summarize(IEnumerable<{entity}Dto> items)");
            w.Line("return items");
            w.Line("    .Where(item => item.IsActive && item.Amount > " + rng.Next(0, 500) + "m)");
            w.Line("    .GroupBy(item => item.Tags.FirstOrDefault() ?? \"untagged\", StringComparer.OrdinalIgnoreCase)");
            w.Line("    .OrderByDescending(group => group.Sum(item => item.Amount))");
            w.Line("    .Select(group => $\"{group.Key}: {group.Count()} items, {group.Sum(item => item.Amount):N2}\")");
            w.Line("    .ToList();");
            w.Close();
        }

        private static void AuthorizationHeader(CodeWriter w, ExternalApi api, string token)
        {
            switch (api.Credential)
            {
                case Credential.Bearer:
                    w.Line($"request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", {token});");
                    break;
                case Credential.Basic:
                    w.Line($"request.Headers.Authorization = new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(\"api:\" + {token})));");
                    break;
                case Credential.ApiKey:
                    w.Line($"request.Headers.Add(\"X-Api-Key\", {token});");
                    break;
                default:
                    w.Line($"request.Headers.Add(\"X-Token\", {token});");
                    break;
            }
        }

        /// <summary>A URL template as a C# expression (an interpolated string when it has placeholders) and its parameters.</summary>
        private static (string Expression, List<string> Parameters) Url(string template)
        {
            var parameters = new List<string>();
            var body = Placeholder.Replace(template, match =>
            {
                var name = match.Groups[1].Value;
                if (!parameters.Contains(name))
                {
                    parameters.Add(name);
                }

                return name == "query" || name == "address" ? "{Uri.EscapeDataString(" + name + ")}" : "{" + name + "}";
            });
            return (parameters.Count == 0 ? "\"" + body + "\"" : "$\"" + body + "\"", parameters);
        }

        /// <summary>Refit paths: the API's resource path without its placeholders and query.</summary>
        private static string RefitPath(string path)
        {
            var end = path.IndexOf('?');
            if (end >= 0)
            {
                path = path.Substring(0, end);
            }

            return Placeholder.Replace(path, match => match.Groups[1].Value);
        }

        private static string Verb(string method) => method switch
        {
            "GET" => "Get",
            "POST" => "Post",
            "PUT" => "Put",
            "PATCH" => "Patch",
            "DELETE" => "Delete",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };

        private static string UniqueName(HashSet<string> used, string name)
        {
            var candidate = name;
            for (var i = 2; !used.Add(candidate); i++)
            {
                candidate = name + i;
            }

            return candidate;
        }

        private const string SharedHttp = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Contoso.Shared
            {
                public sealed class ApiException : Exception
                {
                    public ApiException(string message, int status) : base(message) => Status = status;

                    public int Status { get; }
                }

                public sealed class PagedResult<T>
                {
                    public List<T> Items { get; set; } = new List<T>();
                    public string? NextPageToken { get; set; }
                    public bool HasMore { get; set; }
                }

                public sealed class ServiceOptions
                {
                    public string BaseUrl { get; set; } = string.Empty;
                    public string ApiKey { get; set; } = string.Empty;
                    public string AccessToken { get; set; } = string.Empty;
                    public int TimeoutSeconds { get; set; } = 30;
                    public int MaxRetries { get; set; } = 3;
                }

                public static class Guard
                {
                    public static string NotEmpty(string? value, string name)
                    {
                        if (string.IsNullOrWhiteSpace(value))
                        {
                            throw new ArgumentException("Value must not be empty.", name);
                        }

                        return value;
                    }
                }

                public static class HttpHelpers
                {
                    public static async Task<string> SendWithBearerAsync(HttpClient http, HttpMethod method, string url, string accessToken, object? body = null, CancellationToken cancellationToken = default)
                    {
                        using var request = new HttpRequestMessage(method, url);
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                        if (body != null)
                        {
                            request.Content = JsonContent.Create(body);
                        }

                        using var response = await http.SendAsync(request, cancellationToken);
                        var text = await response.Content.ReadAsStringAsync(cancellationToken);
                        if (!response.IsSuccessStatusCode)
                        {
                            throw new ApiException(text, (int)response.StatusCode);
                        }

                        return text;
                    }

                    public static string Query(string url, params (string Key, string? Value)[] parameters)
                    {
                        var text = new StringBuilder(url);
                        var separator = url.Contains('?') ? '&' : '?';
                        foreach (var (key, value) in parameters.Where(p => p.Value != null))
                        {
                            text.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value!));
                            separator = '&';
                        }

                        return text.ToString();
                    }
                }
            }
            """;

        private const string SharedFeishu = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Contoso.Shared.Feishu
            {
                public sealed class FeishuTokenResponse
                {
                    public int code { get; set; }
                    public string? msg { get; set; }
                    public string? tenant_access_token { get; set; }
                    public int expire { get; set; }
                }

                public sealed class FeishuAuthClient
                {
                    private readonly HttpClient _http;
                    private readonly string _appId;
                    private readonly string _appSecret;
                    private string? _cached;
                    private DateTimeOffset _expiresAt;

                    public FeishuAuthClient(HttpClient http, string appId, string appSecret)
                    {
                        _http = http;
                        _appId = appId;
                        _appSecret = appSecret;
                    }

                    public async Task<string> GetTenantAccessTokenAsync(CancellationToken cancellationToken = default)
                    {
                        if (_cached != null && DateTimeOffset.UtcNow < _expiresAt)
                        {
                            return _cached;
                        }

                        using var response = await _http.PostAsJsonAsync("https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal", new { app_id = _appId, app_secret = _appSecret }, cancellationToken);
                        var body = await response.Content.ReadFromJsonAsync<FeishuTokenResponse>(cancellationToken: cancellationToken);
                        _cached = body?.tenant_access_token ?? throw new InvalidOperationException(body?.msg ?? "no token");
                        _expiresAt = DateTimeOffset.UtcNow.AddSeconds(body.expire - 60);
                        return _cached;
                    }
                }
            }
            """;
    }
}
