// Stand-in for Refit.HttpClientFactory (apart from Refit.cs, which compiles alone for the referenced-assembly tests).
using System;

namespace Refit
{
    using Microsoft.Extensions.DependencyInjection;

    // Refit.HttpClientFactory.
    public static class HttpClientFactoryExtensions
    {
        public static IHttpClientBuilder AddRefitClient<T>(this IServiceCollection services, RefitSettings? settings = null) where T : class => null!;
        public static IHttpClientBuilder AddRefitClient<T>(this IServiceCollection services, Func<IServiceProvider, RefitSettings?> settingsAction) where T : class => null!;
    }
}
