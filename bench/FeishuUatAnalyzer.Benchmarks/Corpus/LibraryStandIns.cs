namespace FeishuUatAnalyzer.Benchmarks.Corpus
{
    /// <summary>
    /// Stand-ins for the public surface of RestSharp (114) and Refit (16) that the corpus calls: names and
    /// signatures, no behaviour. They are compiled once into a separate in-memory assembly that the corpus
    /// references as metadata, as it would reference the real packages (no package reference needed).
    /// </summary>
    internal static class LibraryStandIns
    {
        public const string FileName = "LibraryStandIns.cs";

        public const string Source = """
            // Stand-in for RestSharp 114 and Refit 16: the API surface the benchmark corpus uses.
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            namespace RestSharp.Authenticators
            {
                public interface IAuthenticator { }

                public class JwtAuthenticator : IAuthenticator
                {
                    public JwtAuthenticator(string accessToken) { }
                }
            }

            namespace RestSharp
            {
                using RestSharp.Authenticators;

                public enum Method { Get, Post, Put, Delete, Head, Options, Patch, Merge, Copy, Search }

                public enum ParameterType { Cookie, GetOrPost, UrlSegment, HttpHeader, RequestBody, QueryString, QueryStringWithoutEncode }

                public class RestClientOptions
                {
                    public RestClientOptions() { }
                    public RestClientOptions(string baseUrl) { }
                    public Uri? BaseUrl { get; set; }
                    public IAuthenticator? Authenticator { get; set; }
                    public TimeSpan? Timeout { get; set; }
                }

                public class RestResponse
                {
                    public string? Content { get; set; }
                    public bool IsSuccessful { get; set; }
                    public System.Net.HttpStatusCode StatusCode { get; set; }
                    public string? ErrorMessage { get; set; }
                }

                public class RestResponse<T> : RestResponse { public T? Data { get; set; } }

                public class RestRequest
                {
                    public RestRequest() { }
                    public RestRequest(string? resource, Method method = Method.Get) { }
                    public string? Resource { get; set; }
                    public Method Method { get; set; }
                    public IAuthenticator? Authenticator { get; set; }
                    public TimeSpan? Timeout { get; set; }
                }

                public static class RestRequestExtensions
                {
                    public static RestRequest AddHeader(this RestRequest request, string name, string value) => request;
                    public static RestRequest AddOrUpdateHeader(this RestRequest request, string name, string value) => request;
                    public static RestRequest AddParameter(this RestRequest request, string name, object? value, ParameterType type, bool encode = true) => request;
                    public static RestRequest AddQueryParameter(this RestRequest request, string name, string? value, bool encode = true) => request;
                    public static RestRequest AddUrlSegment(this RestRequest request, string name, string? value, bool encode = true) => request;
                    public static RestRequest AddJsonBody<T>(this RestRequest request, T obj, string contentType = "application/json") where T : class => request;
                }

                public interface IRestClient : IDisposable
                {
                    Task<RestResponse> ExecuteAsync(RestRequest request, CancellationToken cancellationToken = default);
                }

                public class RestClient : IRestClient
                {
                    public RestClient() { }
                    public RestClient(string baseUrl) { }
                    public RestClient(Uri baseUrl) { }
                    public RestClient(RestClientOptions options) { }
                    public Task<RestResponse> ExecuteAsync(RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
                    public void Dispose() { }
                }

                public static class RestClientExtensions
                {
                    public static RestResponse Execute(this IRestClient client, RestRequest request) => new RestResponse();
                    public static RestResponse<T> Execute<T>(this IRestClient client, RestRequest request) => new RestResponse<T>();
                    public static Task<RestResponse<T>> ExecuteAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse<T>());
                    public static Task<RestResponse> ExecuteAsync(this IRestClient client, RestRequest request, Method httpMethod, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
                    public static Task<RestResponse> ExecuteGetAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
                    public static Task<RestResponse<T>> ExecuteGetAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse<T>());
                    public static Task<RestResponse> ExecutePostAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
                    public static Task<RestResponse<T>> ExecutePostAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse<T>());
                    public static Task<RestResponse> GetAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
                    public static Task<RestResponse> PostAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
                    public static Task<T?> GetJsonAsync<T>(this IRestClient client, string resource, CancellationToken cancellationToken = default) => Task.FromResult(default(T));
                    public static IRestClient AddDefaultHeader(this IRestClient client, string name, string value) => client;
                }
            }

            namespace Refit
            {
                public abstract class HttpMethodAttribute : Attribute
                {
                    protected HttpMethodAttribute(string path) => Path = path;
                    public string Path { get; }
                }

                [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute : HttpMethodAttribute { public GetAttribute(string path) : base(path) { } }
                [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute : HttpMethodAttribute { public PostAttribute(string path) : base(path) { } }
                [AttributeUsage(AttributeTargets.Method)] public sealed class PutAttribute : HttpMethodAttribute { public PutAttribute(string path) : base(path) { } }
                [AttributeUsage(AttributeTargets.Method)] public sealed class PatchAttribute : HttpMethodAttribute { public PatchAttribute(string path) : base(path) { } }
                [AttributeUsage(AttributeTargets.Method)] public sealed class DeleteAttribute : HttpMethodAttribute { public DeleteAttribute(string path) : base(path) { } }
                [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)] public sealed class HeadersAttribute : Attribute { public HeadersAttribute(params string[] headers) { } }
                [AttributeUsage(AttributeTargets.Parameter)] public sealed class AuthorizeAttribute : Attribute { public AuthorizeAttribute(string scheme = "Bearer") { } }
                [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderAttribute : Attribute { public HeaderAttribute(string header) { } }
                [AttributeUsage(AttributeTargets.Parameter)] public sealed class BodyAttribute : Attribute { }
                [AttributeUsage(AttributeTargets.Parameter)] public sealed class QueryAttribute : Attribute { }
                [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)] public sealed class AliasAsAttribute : Attribute { public AliasAsAttribute(string name) { } }

                public interface IApiResponse<out T> : IDisposable
                {
                    T? Content { get; }
                    bool IsSuccessStatusCode { get; }
                    System.Net.HttpStatusCode StatusCode { get; }
                }

                public static class RestService
                {
                    public static T For<T>(System.Net.Http.HttpClient client) => throw new NotSupportedException();
                    public static T For<T>(string hostUrl) => throw new NotSupportedException();
                }
            }
            """;
    }
}
