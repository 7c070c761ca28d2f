// Stand-in for the public surface of Flurl and Flurl.Http 4 that the tests use.
using System.Net.Http;
using System.Threading.Tasks;

namespace Flurl
{
    public class Url
    {
        public Url(string baseUrl) { }
        public static string Combine(params string[] parts) => string.Join("/", parts);
        public Url AppendPathSegment(object segment, bool fullyEncode = false) => this;
        public Url AppendPathSegments(params object[] segments) => this;
        public override string ToString() => "";
    }

    public static class GeneratedExtensions
    {
        public static Url SetQueryParam(this string url, string name, object? value) => new Url(url);
        public static Url SetQueryParam(this Url url, string name, object? value) => url;
        public static Url AppendPathSegment(this string url, object segment, bool fullyEncode = false) => new Url(url);
    }
}

namespace Flurl.Util
{
    public interface INameValueList<TValue>
    {
        void Add(string name, TValue value);
    }
}

namespace Flurl.Http
{
    public interface IFlurlResponse { }

    public interface IFlurlRequest
    {
        Task<IFlurlResponse> SendAsync(HttpMethod verb, HttpContent? content = null);
    }

    public interface IHeadersContainer { }

    public static class HeaderExtensions
    {
        public static T WithOAuthBearerToken<T>(this T obj, string token) where T : IHeadersContainer => obj;
        public static T WithHeader<T>(this T obj, string name, object value) where T : IHeadersContainer => obj;
    }

    public interface IFlurlClient : IHeadersContainer
    {
        string? BaseUrl { get; set; }
        Flurl.Util.INameValueList<string> Headers { get; }
        IFlurlRequest Request(params object[] urlSegments);
    }

    public class FlurlClient : IFlurlClient
    {
        public FlurlClient(string? baseUrl = null) { BaseUrl = baseUrl; }
        public string? BaseUrl { get; set; }
        public Flurl.Util.INameValueList<string> Headers { get; } = null!;
        public IFlurlRequest Request(params object[] urlSegments) => null!;
    }

    public class FlurlRequest : IFlurlRequest, IHeadersContainer
    {
        public FlurlRequest(string? url = null) { }
        public Flurl.Util.INameValueList<string> Headers { get; } = null!;
        public Task<IFlurlResponse> SendAsync(HttpMethod verb, HttpContent? content = null) => Task.FromResult<IFlurlResponse>(null!);
    }

    public static class GeneratedExtensions
    {
        public static IFlurlRequest WithOAuthBearerToken(this string url, string token) => null!;
        public static IFlurlRequest WithOAuthBearerToken(this Url url, string token) => null!;
        public static IFlurlRequest WithOAuthBearerToken(this IFlurlRequest request, string token) => request;
        public static IFlurlRequest WithHeader(this string url, string name, object value) => null!;
        public static IFlurlRequest WithHeader(this Url url, string name, object value) => null!;
        public static IFlurlRequest WithHeader(this IFlurlRequest request, string name, object value) => request;
        public static IFlurlRequest WithHeaders(this string url, object headers, bool replaceUnderscoreWithHyphen = true) => null!;
        public static IFlurlRequest WithHeaders(this IFlurlRequest request, object headers, bool replaceUnderscoreWithHyphen = true) => request;
        public static IFlurlRequest SetQueryParam(this IFlurlRequest request, string name, object? value) => request;
        public static Task<string> GetStringAsync(this IFlurlRequest request) => Task.FromResult("");
        public static Task<string> GetStringAsync(this string url) => Task.FromResult("");
        public static Task<string> GetStringAsync(this Url url) => Task.FromResult("");
        public static Task<T> GetJsonAsync<T>(this IFlurlRequest request) => Task.FromResult(default(T)!);
        public static Task<IFlurlResponse> PostJsonAsync(this IFlurlRequest request, object body) => Task.FromResult<IFlurlResponse>(null!);
        public static Task<IFlurlResponse> PatchJsonAsync(this IFlurlRequest request, object body) => Task.FromResult<IFlurlResponse>(null!);
        public static Task<IFlurlResponse> DeleteAsync(this IFlurlRequest request) => Task.FromResult<IFlurlResponse>(null!);
    }
}
