// Stand-ins for the ASP.NET Core and Microsoft.Extensions.Configuration members the tests use.
using System.Threading.Tasks;

namespace Microsoft.AspNetCore.Http
{
    public abstract class HttpContext { }

    public interface IHttpContextAccessor { HttpContext? HttpContext { get; } }

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
