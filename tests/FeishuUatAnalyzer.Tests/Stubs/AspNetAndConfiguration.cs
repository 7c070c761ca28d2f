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
    public interface IHttpClientFactory
    {
        HttpClient CreateClient(string name);
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
