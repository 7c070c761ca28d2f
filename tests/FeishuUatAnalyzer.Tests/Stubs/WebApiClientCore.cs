// Copied from shared/acceptance/cases/_lib: the WebApiClientCore attributes FeishuNetSdk uses.
// Minimal stand-in for the public surface of the WebApiClientCore package that the
// FeishuNetSdk interfaces use: names and signatures only, no behaviour.
using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace WebApiClientCore
{
    public interface IHttpApi { }

    public interface IApiParameter { }

    public class HttpApiRequestMessage : HttpRequestMessage { }

    public class HttpContext
    {
        public HttpApiRequestMessage RequestMessage { get; } = null!;
        public IServiceProvider ServiceProvider { get; } = null!;
    }

    public class ApiRequestContext
    {
        public HttpContext HttpContext { get; } = null!;
    }

    public class ApiResponseContext : ApiRequestContext { }

    public enum TypeMatchMode { TypeOnly, TypeOrBaseTypes }
}

namespace WebApiClientCore.Attributes
{
    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class HttpHostAttribute : Attribute
    {
        public HttpHostAttribute(string host) => Host = host;
        public string Host { get; }
    }

    public abstract class HttpMethodAttribute : Attribute
    {
        protected HttpMethodAttribute(string method, string? path) { Method = method; Path = path; }
        public string Method { get; }
        public string? Path { get; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpGetAttribute : HttpMethodAttribute { public HttpGetAttribute(string? path = null) : base("GET", path) { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpPostAttribute : HttpMethodAttribute { public HttpPostAttribute(string? path = null) : base("POST", path) { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpPatchAttribute : HttpMethodAttribute { public HttpPatchAttribute(string? path = null) : base("PATCH", path) { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpDeleteAttribute : HttpMethodAttribute { public HttpDeleteAttribute(string? path = null) : base("DELETE", path) { } }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class PathQueryAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class JsonContentAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public abstract class ApiFilterAttribute : Attribute
    {
        public abstract Task OnRequestAsync(ApiRequestContext context);
        public abstract Task OnResponseAsync(ApiResponseContext context);
    }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public abstract class ApiActionAttribute : Attribute
    {
        public abstract Task OnRequestAsync(ApiRequestContext context);
    }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public class OAuthTokenAttribute : ApiFilterAttribute
    {
        public TypeMatchMode TokenProviderSearchMode { get; set; }
        public override Task OnRequestAsync(ApiRequestContext context) => Task.CompletedTask;
        public override Task OnResponseAsync(ApiResponseContext context) => Task.CompletedTask;
    }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class JsonReturnAttribute : Attribute { }
}

namespace WebApiClientCore.Extensions.OAuths
{
    public class TokenResult
    {
        public string? Access_token { get; set; }
        public string? Token_type { get; set; }
        public long Expires_in { get; set; }
        public string? Refresh_token { get; set; }
    }

    public interface ITokenProvider
    {
        Task<TokenResult> GetTokenAsync();
    }

    public abstract class TokenProvider : ITokenProvider
    {
        protected TokenProvider(IServiceProvider services) { }
        public Task<TokenResult> GetTokenAsync() => null!;
        protected abstract Task<TokenResult?> RequestTokenAsync(IServiceProvider serviceProvider);
        protected abstract Task<TokenResult?> RefreshTokenAsync(IServiceProvider serviceProvider, string refresh_token);
    }

    public class ClientCredentials { public string? Client_id { get; set; } public string? Client_secret { get; set; } }

    public class PasswordCredentials : ClientCredentials { public string? Username { get; set; } public string? Password { get; set; } }

    public class ClientCredentialsOptions { public Uri? Endpoint { get; set; } public ClientCredentials Credentials { get; set; } = new ClientCredentials(); }

    public class PasswordCredentialsOptions { public Uri? Endpoint { get; set; } public PasswordCredentials Credentials { get; set; } = new PasswordCredentials(); }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using WebApiClientCore.Extensions.OAuths;

    public interface ITokenProviderBuilder { }

    public static class HttpApiExtensions
    {
        public static IHttpClientBuilder AddHttpApi<THttpApi>(this IServiceCollection services) where THttpApi : class => null!;
    }

    public static class TokenProviderExtensions
    {
        public static ITokenProviderBuilder AddTokenProvider<THttpApi>(this IServiceCollection services, Func<IServiceProvider, Task<TokenResult?>> tokenRequest, string alias = "") => null!;
        public static ITokenProviderBuilder AddTokenProvider<THttpApi, TTokenProvider>(this IServiceCollection services, string alias = "") where TTokenProvider : class, ITokenProvider => null!;
        public static ITokenProviderBuilder AddClientCredentialsTokenProvider<THttpApi>(this IServiceCollection services, Action<ClientCredentialsOptions> configureOptions) => null!;
        public static ITokenProviderBuilder AddPasswordCredentialsTokenProvider<THttpApi>(this IServiceCollection services, Action<PasswordCredentialsOptions> configureOptions) => null!;
    }
}
