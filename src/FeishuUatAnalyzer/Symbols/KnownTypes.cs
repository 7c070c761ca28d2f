using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Symbols
{
    /// <summary>What a type of a supported library is to the analysis.</summary>
    [Flags]
    internal enum TypeRole
    {
        None = 0,

        /// <summary>System.Net.Http's HttpClient, HttpMessageInvoker, and the System.Net.Http.Json extensions.</summary>
        HttpSender = 1 << 0,

        /// <summary>A type of RestSharp's root namespace (RestClient, RestRequest, their extensions).</summary>
        RestSharp = 1 << 1,

        /// <summary>A type of Flurl or Flurl.Http (Url, FlurlRequest, the extension classes).</summary>
        Flurl = 1 << 2,

        /// <summary>Flurl's Url, FlurlRequest, FlurlClient: objects that carry a URL.</summary>
        FlurlUrlHolder = 1 << 3,

        AuthenticationHeaderValue = 1 << 4,
        HttpMethod = 1 << 5,
        Uri = 1 << 6,

        /// <summary>Task or ValueTask, of any arity.</summary>
        Task = 1 << 7,

        Environment = 1 << 8,

        /// <summary>FeishuNetSdk's UserAccessToken: whatever it holds, it is a user token.</summary>
        FeishuSdkUserToken = 1 << 9,

        /// <summary>System.Net.WebClient (.NET Framework style): <c>DownloadString</c>, <c>UploadString</c>... send.</summary>
        WebClient = 1 << 10,

        /// <summary>System.Net.WebRequest and HttpWebRequest: made by <c>WebRequest.Create</c>, sent by <c>GetResponse</c>.</summary>
        WebRequest = 1 << 11,

        /// <summary>System.Net.WebHeaderCollection, the <c>Headers</c> of a WebClient or WebRequest.</summary>
        WebHeaderCollection = 1 << 12,

        /// <summary>System.Net.HttpRequestHeader, the enum that names a header (<c>HttpRequestHeader.Authorization</c>).</summary>
        HttpRequestHeader = 1 << 13,

        /// <summary>System.UriBuilder: a URL built from a base and a <c>Path</c>.</summary>
        UriBuilder = 1 << 14,

        /// <summary>ASP.NET Core's query-string helpers (QueryHelpers, QueryString): what they add is a query, never a path.</summary>
        QueryString = 1 << 15,

        /// <summary>System.Net.Http's HttpMessageHandler and DelegatingHandler: a handler of the compilation derives from one.</summary>
        HttpMessageHandler = 1 << 16,

        /// <summary>What makes clients: IHttpClientFactory (CreateClient), its extensions, and the WebApi client's HttpClientFactory (Create).</summary>
        HttpClientFactory = 1 << 17,

        /// <summary>Microsoft.Extensions.DependencyInjection's AddHttpClient and the IHttpClientBuilder extensions (AddHttpMessageHandler...).</summary>
        HttpClientRegistration = 1 << 18,
    }

    /// <summary>
    /// The one place that says which types belong to which library. A type's role is decided once per
    /// compilation (by namespace and name together, so that a user's own <c>Uri</c> is not System.Uri, and a type
    /// forwarded or defined in two references is still recognised), then every check is a lookup.
    /// </summary>
    internal sealed class KnownTypes
    {
        private readonly ConcurrentDictionary<ITypeSymbol, TypeRole> _roles = new ConcurrentDictionary<ITypeSymbol, TypeRole>(SymbolEqualityComparer.Default);

        public bool Is(ITypeSymbol? type, TypeRole role) => type != null && (RoleOf(type) & role) != 0;

        public TypeRole RoleOf(ITypeSymbol type)
        {
            type = type.OriginalDefinition;
            return type.TypeKind == TypeKind.Error || type.ContainingNamespace is null ? TypeRole.None : _roles.GetOrAdd(type, Decide);
        }

        private static TypeRole Decide(ITypeSymbol type)
        {
            var ns = type.ContainingNamespace;

            // A library's namespace holds nested types too: C# 14 extension blocks (RestSharp 114's Execute<T>) are types
            // nested in the static class, as the compiler of the user's SDK sees them.
            if (type.ContainingType != null)
            {
                return TypeNames.InNamespace(ns, "RestSharp") ? TypeRole.RestSharp
                    : TypeNames.InNamespace(ns, "Flurl") || TypeNames.InNamespace(ns, "Flurl.Http") ? TypeRole.Flurl
                    : TypeRole.None;
            }

            switch (type.Name)
            {
                case "HttpClient" when TypeNames.InNamespace(ns, "System.Net.Http"):
                case "HttpMessageInvoker" when TypeNames.InNamespace(ns, "System.Net.Http"):
                case "HttpClientJsonExtensions" when TypeNames.InNamespace(ns, "System.Net.Http.Json"):
                    return TypeRole.HttpSender;
                case "AuthenticationHeaderValue" when TypeNames.InNamespace(ns, "System.Net.Http.Headers"):
                    return TypeRole.AuthenticationHeaderValue;
                case "HttpMethod" when TypeNames.InNamespace(ns, "System.Net.Http"):
                    return TypeRole.HttpMethod;
                case "Uri" when TypeNames.InNamespace(ns, "System"):
                    return TypeRole.Uri;
                case "Environment" when TypeNames.InNamespace(ns, "System"):
                    return TypeRole.Environment;
                case "Task" when TypeNames.InNamespace(ns, "System.Threading.Tasks"):
                case "ValueTask" when TypeNames.InNamespace(ns, "System.Threading.Tasks"):
                    return TypeRole.Task;
                case "UriBuilder" when TypeNames.InNamespace(ns, "System"):
                    return TypeRole.UriBuilder;
                case "QueryHelpers" when TypeNames.InNamespace(ns, "Microsoft.AspNetCore.WebUtilities"):
                case "QueryString" when TypeNames.InNamespace(ns, "Microsoft.AspNetCore.Http"):
                    return TypeRole.QueryString;
                case "WebClient" when TypeNames.InNamespace(ns, "System.Net"):
                    return TypeRole.WebClient;
                case "WebRequest" when TypeNames.InNamespace(ns, "System.Net"):
                case "HttpWebRequest" when TypeNames.InNamespace(ns, "System.Net"):
                    return TypeRole.WebRequest;
                case "WebHeaderCollection" when TypeNames.InNamespace(ns, "System.Net"):
                    return TypeRole.WebHeaderCollection;
                case "HttpRequestHeader" when TypeNames.InNamespace(ns, "System.Net"):
                    return TypeRole.HttpRequestHeader;
                case "UserAccessToken" when TypeNames.UnderRoot(ns, "FeishuNetSdk"):
                    return TypeRole.FeishuSdkUserToken;
                case "HttpMessageHandler" when TypeNames.InNamespace(ns, "System.Net.Http"):
                case "DelegatingHandler" when TypeNames.InNamespace(ns, "System.Net.Http"):
                    return TypeRole.HttpMessageHandler;
                case "IHttpClientFactory" when TypeNames.InNamespace(ns, "System.Net.Http"):
                case "HttpClientFactoryExtensions" when TypeNames.InNamespace(ns, "System.Net.Http"):
                case "HttpClientFactory" when TypeNames.InNamespace(ns, "System.Net.Http"):
                    return TypeRole.HttpClientFactory;
                case "HttpClientFactoryServiceCollectionExtensions" when TypeNames.InNamespace(ns, "Microsoft.Extensions.DependencyInjection"):
                case "HttpClientBuilderExtensions" when TypeNames.InNamespace(ns, "Microsoft.Extensions.DependencyInjection"):
                    return TypeRole.HttpClientRegistration;
            }

            if (TypeNames.InNamespace(ns, "RestSharp"))
            {
                return TypeRole.RestSharp;
            }

            if (TypeNames.InNamespace(ns, "Flurl") || TypeNames.InNamespace(ns, "Flurl.Http"))
            {
                var holdsUrl = (type.Name == "Url" && TypeNames.InNamespace(ns, "Flurl"))
                    || ((type.Name == "FlurlRequest" || type.Name == "FlurlClient") && TypeNames.InNamespace(ns, "Flurl.Http"));
                return holdsUrl ? TypeRole.Flurl | TypeRole.FlurlUrlHolder : TypeRole.Flurl;
            }

            return TypeRole.None;
        }
    }
}
