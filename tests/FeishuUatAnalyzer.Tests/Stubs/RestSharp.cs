// Stand-in for the public surface of RestSharp 114 that the tests use: names and signatures, no behaviour.
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
    }

    public class RestResponse { public string? Content { get; set; } }

    public class RestResponse<T> : RestResponse { public T? Data { get; set; } }

    public class RestRequest
    {
        public RestRequest() { }
        public RestRequest(string? resource, Method method = Method.Get) { }
        public string? Resource { get; set; }
        public Method Method { get; set; }
        public IAuthenticator? Authenticator { get; set; }
    }

    public static class RestRequestExtensions
    {
        public static RestRequest AddHeader(this RestRequest request, string name, string value) => request;
        public static RestRequest AddOrUpdateHeader(this RestRequest request, string name, string value) => request;
        public static RestRequest AddHeaders(this RestRequest request, ICollection<KeyValuePair<string, string>> headers) => request;
        public static RestRequest AddOrUpdateHeaders(this RestRequest request, ICollection<KeyValuePair<string, string>> headers) => request;
        public static RestRequest AddParameter(this RestRequest request, string name, object? value, ParameterType type, bool encode = true) => request;
        public static RestRequest AddJsonBody<T>(this RestRequest request, T obj, string contentType = "application/json") where T : class => request;
    }

    public interface IRestClient
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
    }

    public static class RestClientExtensions
    {
        public static RestResponse Execute(this IRestClient client, RestRequest request) => new RestResponse();
        public static RestResponse<T> Execute<T>(this IRestClient client, RestRequest request) => new RestResponse<T>();
        public static Task<RestResponse<T>> ExecuteAsync<T>(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse<T>());
        public static Task<RestResponse> ExecuteAsync(this IRestClient client, RestRequest request, Method httpMethod, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
        public static Task<RestResponse> ExecuteGetAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
        public static Task<RestResponse> ExecutePostAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
        public static Task<RestResponse> GetAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
        public static Task<RestResponse> PostAsync(this IRestClient client, RestRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new RestResponse());
        public static Task<T?> GetJsonAsync<T>(this IRestClient client, string resource, CancellationToken cancellationToken = default) => Task.FromResult(default(T));
        public static IRestClient AddDefaultHeader(this IRestClient client, string name, string value) => client;
        public static IRestClient AddDefaultHeaders(this IRestClient client, Dictionary<string, string> headers) => client;
    }
}
