// Stand-ins for the ASP.NET Core and Microsoft.Extensions.Configuration members the tests use.
using System.Threading.Tasks;

namespace Microsoft.AspNetCore.Http
{
    public abstract class HttpContext { }

    public interface IHttpContextAccessor { HttpContext? HttpContext { get; } }

    public readonly struct QueryString
    {
        public string? Value => null;

        public static QueryString Create(string name, string value) => default;

        public string ToUriComponent() => "";
    }

}

namespace Microsoft.AspNetCore.Authentication
{
    using Microsoft.AspNetCore.Http;

    public static class AuthenticationHttpContextExtensions
    {
        public static Task<string?> GetTokenAsync(this HttpContext context, string tokenName) => Task.FromResult<string?>(null);
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
    }
}

namespace System.Net.Http
{
    using System.Collections.Generic;

    // Microsoft.Extensions.Http.
    public interface IHttpClientFactory
    {
        HttpClient CreateClient(string name);
    }

    public static class HttpClientFactoryExtensions
    {
        public static HttpClient CreateClient(this IHttpClientFactory factory) => factory.CreateClient("");
    }

    // Microsoft.AspNet.WebApi.Client (System.Net.Http.Formatting): handlers[0] is the outermost.
    public static class HttpClientFactory
    {
        public static HttpClient Create(params DelegatingHandler[] handlers) => new HttpClient();
        public static HttpClient Create(HttpMessageHandler innerHandler, params DelegatingHandler[] handlers) => new HttpClient();
        public static HttpMessageHandler CreatePipeline(HttpMessageHandler innerHandler, IEnumerable<DelegatingHandler> handlers) => innerHandler;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using System.Net.Http;

    // Microsoft.Extensions.DependencyInjection.Abstractions (really an IList<ServiceDescriptor>).
    public interface IServiceCollection { }

    // Microsoft.Extensions.Http.
    public interface IHttpClientBuilder
    {
        string Name { get; }
        IServiceCollection Services { get; }
    }

    public static class HttpClientFactoryServiceCollectionExtensions
    {
        public static IServiceCollection AddHttpClient(this IServiceCollection services) => services;
        public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name) => null!;
        public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name, Action<HttpClient> configureClient) => null!;
        public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name, Action<IServiceProvider, HttpClient> configureClient) => null!;
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services) where TClient : class => null!;
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, Action<HttpClient> configureClient) where TClient : class => null!;
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, Action<IServiceProvider, HttpClient> configureClient) where TClient : class => null!;
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, string name) where TClient : class => null!;
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, string name, Action<HttpClient> configureClient) where TClient : class => null!;
        public static IHttpClientBuilder AddHttpClient<TClient, TImplementation>(this IServiceCollection services) where TClient : class where TImplementation : class, TClient => null!;
        public static IHttpClientBuilder AddHttpClient<TClient, TImplementation>(this IServiceCollection services, Action<HttpClient> configureClient) where TClient : class where TImplementation : class, TClient => null!;
    }

    public static class HttpClientBuilderExtensions
    {
        public static IHttpClientBuilder AddHttpMessageHandler(this IHttpClientBuilder builder, Func<DelegatingHandler> configureHandler) => builder;
        public static IHttpClientBuilder AddHttpMessageHandler(this IHttpClientBuilder builder, Func<IServiceProvider, DelegatingHandler> configureHandler) => builder;
        public static IHttpClientBuilder AddHttpMessageHandler<THandler>(this IHttpClientBuilder builder) where THandler : DelegatingHandler => builder;
        public static IHttpClientBuilder ConfigureHttpClient(this IHttpClientBuilder builder, Action<HttpClient> configureClient) => builder;
        public static IHttpClientBuilder ConfigureHttpClient(this IHttpClientBuilder builder, Action<IServiceProvider, HttpClient> configureClient) => builder;
    }
}

namespace Microsoft.AspNetCore.Routing
{
    public interface IEndpointRouteBuilder { }
}

namespace Microsoft.AspNetCore.Builder
{
    using System;
    using Microsoft.AspNetCore.Routing;

    public static class EndpointRouteBuilderExtensions
    {
        public static IEndpointRouteBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
        public static IEndpointRouteBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
    }
}

namespace Microsoft.AspNetCore.WebUtilities
{
    public static class QueryHelpers
    {
        public static string AddQueryString(string uri, string name, string value) => uri;
    }
}
