using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>
    /// Which members of a library type the inventory lists, and in which role. The filters go by signature (a
    /// parameter named <c>requestUri</c>, a property of type <c>Uri</c>, a method whose name sends), not by a list of
    /// member names, so that a member the assemblies gain or lose shows up as a row the table lacks or no longer has.
    /// </summary>
    internal static class InventoryFilters
    {
        public const string Send = "send";
        public const string Url = "URL";
        public const string Verb = "verb";
        public const string UrlAndVerb = "URL, verb";
        public const string Header = "header";
        public const string DefaultHeader = "default header";
        public const string Authenticator = "authenticator";
        public const string Handler = "handler";

        public const string SystemNetHttp = "System.Net.Http";
        public const string WebClientAndRequests = "WebClient / HttpWebRequest";
        public const string RestSharp = "RestSharp";
        public const string Flurl = "Flurl";
        public const string Refit = "Refit";
        public const string WebApiClientCore = "WebApiClientCore";
        public const string FeishuNetSdk = "FeishuNetSdk";

        public static readonly ImmutableArray<TypeFilter> All = Filters().ToImmutableArray();

        private static IEnumerable<TypeFilter> Filters() => new[]
        {
            // System.Net.Http and System.Net.Http.Json
            new TypeFilter(SystemNetHttp, "System.Net.Http.HttpClient", m =>
                IsMethod(m) && (HasParameter(m, "requestUri") || HasParameterOfType(m, "HttpRequestMessage")) ? Send
                : IsConstructor(m) && HasParameterOfType(m, "HttpMessageHandler") ? Handler
                : PropertyOfType(m, "Uri") ? Url
                : PropertyOfType(m, "HttpRequestHeaders") ? DefaultHeader
                : null),
            new TypeFilter(SystemNetHttp, "System.Net.Http.HttpMessageInvoker", m =>
                IsMethod(m) && HasParameterOfType(m, "HttpRequestMessage") ? Send
                : IsConstructor(m) && HasParameterOfType(m, "HttpMessageHandler") ? Handler
                : null),
            new TypeFilter(SystemNetHttp, "System.Net.Http.Json.HttpClientJsonExtensions", m => IsMethod(m) && HasParameter(m, "requestUri") ? Send : null),
            new TypeFilter(SystemNetHttp, "System.Net.Http.HttpRequestMessage", m =>
                IsConstructor(m) && HasParameter(m, "requestUri") ? UrlAndVerb
                : PropertyOfType(m, "Uri") ? Url
                : PropertyOfType(m, "HttpMethod") ? Verb
                : PropertyOfType(m, "HttpRequestHeaders") ? Header
                : null),
            new TypeFilter(SystemNetHttp, "System.Net.Http.Headers.HttpRequestHeaders", m => PropertyOfType(m, "AuthenticationHeaderValue") ? Header : null),
            new TypeFilter(SystemNetHttp, "System.Net.Http.Headers.HttpHeaders", m => IsMethod(m) && HasParameter(m, "name") && (HasParameter(m, "value") || HasParameter(m, "values")) && !HasOutParameter(m) ? Header : null),
            new TypeFilter(SystemNetHttp, "System.Net.Http.DelegatingHandler", m =>
                IsMethod(m) && HasParameterOfType(m, "HttpRequestMessage") ? Handler
                : IsConstructor(m) && HasParameterOfType(m, "HttpMessageHandler") ? Handler
                : PropertyOfType(m, "HttpMessageHandler") ? Handler
                : null),

            // System.Net.WebClient, System.Net.Requests, System.Net.WebHeaderCollection
            new TypeFilter(WebClientAndRequests, "System.Net.WebClient", m =>
                IsMethod(m) && HasParameter(m, "address") ? Send
                : m is IPropertySymbol { Name: "BaseAddress" } ? Url
                : m is IPropertySymbol { Name: "Headers" } ? Header
                : null),
            new TypeFilter(WebClientAndRequests, "System.Net.WebHeaderCollection", m =>
                (m is IMethodSymbol { Name: "Add" or "Set" } && HasParameterOfType(m, "String", "HttpRequestHeader")) || m is IPropertySymbol { IsIndexer: true, SetMethod: not null } ? Header : null),

            // RestSharp 107+
            new TypeFilter(RestSharp, "RestSharp.RestClientExtensions", m =>
                !IsMethod(m) ? null
                : m.Name.StartsWith("AddDefault", StringComparison.Ordinal) ? (m.Name.Contains("Header") || m.Name == "AddDefaultParameter" ? DefaultHeader : m.Name.Contains("Query") ? null : Url)
                : HasParameterOfType(m, "RestRequest") || HasParameter(m, "resource") ? Send
                : null),
            new TypeFilter(RestSharp, "RestSharp.RestClientOptions", m =>
                IsConstructor(m) && HasParameter(m, "baseUrl") ? Url
                : PropertyOfType(m, "Uri") ? Url
                : PropertyOfType(m, "IAuthenticator") ? Authenticator
                : m is IPropertySymbol { Name: "ConfigureMessageHandler" } ? Handler
                : null),
            new TypeFilter(RestSharp, "RestSharp.RestRequest", m =>
                IsConstructor(m) && HasParameter(m, "resource") ? UrlAndVerb
                : m is IPropertySymbol { Name: "Resource" } ? Url
                : PropertyOfType(m, "Method") ? Verb
                : PropertyOfType(m, "IAuthenticator") ? Authenticator
                : m is IMethodSymbol { Name: "AddParameter" } ? Header
                : null),
            new TypeFilter(RestSharp, "RestSharp.RestRequestExtensions", m =>
                !IsMethod(m) ? null
                : m.Name.Contains("Header") || m.Name.EndsWith("Parameter", StringComparison.Ordinal) && !m.Name.Contains("Query") || m.Name.EndsWith("Parameters", StringComparison.Ordinal) ? Header
                : m.Name == "AddUrlSegment" ? Url
                : null),

            // Flurl 4 and Flurl.Http 4
            new TypeFilter(Flurl, "Flurl.Url", m =>
                IsConstructor(m) || m is IMethodSymbol { Name: "Combine" } || m.Name.StartsWith("AppendPathSegment", StringComparison.Ordinal) || m is IPropertySymbol { Name: "Path" } ? Url : null),
            new TypeFilter(Flurl, "Flurl.Http.GeneratedExtensions", m =>
                !IsMethod(m) ? null
                : m.Name.EndsWith("Async", StringComparison.Ordinal) ? Send
                : m.Name.StartsWith("With", StringComparison.Ordinal) && (m.Name.Contains("Header") || m.Name.Contains("Auth")) ? Header
                : null),
            new TypeFilter(Flurl, "Flurl.Http.HeaderExtensions", m => IsMethod(m) ? Header : null),
            new TypeFilter(Flurl, "Flurl.Http.HttpMessageExtensions", m => IsMethod(m) && m.Name.Contains("Header") ? Header : null),

            // Refit
            new TypeFilter(Refit, "Refit.PathPrefixAttribute", m => IsConstructor(m) ? Url : null),
            new TypeFilter(Refit, "Refit.RestService", m => IsMethod(m) && (HasParameter(m, "hostUrl") || HasParameter(m, "baseAddress") || HasParameterOfType(m, "HttpClient")) ? Url : null),
            new TypeFilter(Refit, "Refit.RefitSettings", m =>
                m is IPropertySymbol { Name: "AuthorizationHeaderValueGetter" } ? Authenticator
                : m is IPropertySymbol { Name: "HttpMessageHandlerFactory" } ? Handler
                : null),

            // WebApiClientCore and FeishuNetSdk: from the stand-ins (the registry serves neither)
            new TypeFilter(WebApiClientCore, "WebApiClientCore.Attributes.HttpHostAttribute", m => IsConstructor(m) ? Url : null),
            new TypeFilter(WebApiClientCore, "WebApiClientCore.Attributes.OAuthTokenAttribute", m => IsConstructor(m) ? Authenticator : null),
            // The user-token API's meeting-room methods (IFeishuTenantApi's take no token: nothing for a user token to flow through).
            new TypeFilter(FeishuNetSdk, "FeishuNetSdk.IFeishuUserApi", m => IsMethod(m) && m.Name.Contains("VcV1") ? Send : null),
        }
        .Concat(Same(WebClientAndRequests, WebRequestRole, "System.Net.WebRequest", "System.Net.HttpWebRequest"))
        .Concat(Same(RestSharp, RestClientRole, "RestSharp.RestClient", "RestSharp.IRestClient"))
        .Concat(Same(RestSharp, AuthenticatorRole, "RestSharp.Authenticators.JwtAuthenticator", "RestSharp.Authenticators.HttpBasicAuthenticator", "RestSharp.Authenticators.OAuth2.OAuth2AuthorizationRequestHeaderAuthenticator", "RestSharp.Authenticators.OAuth2.OAuth2UriQueryParameterAuthenticator", "RestSharp.Authenticators.OAuth2.OAuth2ClientCredentialsAuthenticator", "RestSharp.Authenticators.OAuth2.OAuth2RefreshTokenAuthenticator"))
        .Concat(Same(Flurl, m => IsMethod(m) && m.Name.StartsWith("AppendPathSegment", StringComparison.Ordinal) ? Url : null, "Flurl.GeneratedExtensions", "Flurl.Http.UrlBuilderExtensions"))
        .Concat(Same(Flurl, m => IsMethod(m) && m.Name.EndsWith("Async", StringComparison.Ordinal) ? Send : null, "Flurl.Http.DownloadExtensions", "Flurl.Http.MultipartExtensions"))
        .Concat(Same(Flurl, FlurlClientRole, "Flurl.Http.IFlurlClient", "Flurl.Http.FlurlClient"))
        .Concat(Same(Flurl, FlurlRequestRole, "Flurl.Http.IFlurlRequest", "Flurl.Http.FlurlRequest"))
        .Concat(Same(Refit, HeaderAttributeRole, "Refit.HeaderAttribute", "Refit.HeadersAttribute", "Refit.HeaderCollectionAttribute", "Refit.AuthorizeAttribute"))
        .Concat(Same(WebApiClientCore, VerbAttributeRole, "WebApiClientCore.Attributes.HttpGetAttribute", "WebApiClientCore.Attributes.HttpPostAttribute", "WebApiClientCore.Attributes.HttpPatchAttribute", "WebApiClientCore.Attributes.HttpDeleteAttribute"))
        .Concat(Same(Refit, VerbAttributeRole, "Refit.GetAttribute", "Refit.PostAttribute", "Refit.PutAttribute", "Refit.PatchAttribute", "Refit.DeleteAttribute", "Refit.HeadAttribute", "Refit.OptionsAttribute"));

        /// <summary>One filter for several types (a class and its interface, the verbs' attributes).</summary>
        private static IEnumerable<TypeFilter> Same(string library, Func<ISymbol, string?> roleOf, params string[] types) =>
            types.Select(type => new TypeFilter(library, type, roleOf));

        private static string? WebRequestRole(ISymbol m) =>
            m is IMethodSymbol { IsStatic: true } && (HasParameter(m, "requestUri") || HasParameter(m, "requestUriString")) ? Url
            : m is IMethodSymbol { Name: "GetResponse" or "GetResponseAsync" or "BeginGetResponse" or "GetRequestStream" or "GetRequestStreamAsync" or "BeginGetRequestStream" } ? Send
            : m is IPropertySymbol { Name: "Method" } ? Verb
            : PropertyOfType(m, "WebHeaderCollection") ? Header
            : null;

        private static string? RestClientRole(ISymbol m) =>
            IsConstructor(m) ? Url
            : IsMethod(m) && HasParameterOfType(m, "RestRequest") ? Send
            : m is IPropertySymbol { Name: "DefaultParameters" } ? DefaultHeader
            : null;

        private static string? AuthenticatorRole(ISymbol m) => IsConstructor(m) || m is IMethodSymbol { Name: "SetBearerToken" } ? Authenticator : null;

        private static string? FlurlClientRole(ISymbol m) =>
            IsConstructor(m) ? Url
            : m is IMethodSymbol { Name: "Request" } ? Url
            : IsMethod(m) && HasParameterOfType(m, "IFlurlRequest") ? Send
            : m is IPropertySymbol { Name: "BaseUrl" } ? Url
            : m is IPropertySymbol { Name: "Headers" } ? DefaultHeader
            : null;

        private static string? FlurlRequestRole(ISymbol m) =>
            IsConstructor(m) ? Url
            : m is IMethodSymbol { Name: "SendAsync" } ? Send
            : m is IPropertySymbol { Name: "Url" } ? Url
            : m is IPropertySymbol { Name: "Verb" } ? Verb
            : m is IPropertySymbol { Name: "Headers" } ? Header
            : null;

        private static string? VerbAttributeRole(ISymbol m) => IsConstructor(m) ? UrlAndVerb : null;

        private static string? HeaderAttributeRole(ISymbol m) => IsConstructor(m) ? Header : null;

        private static bool IsMethod(ISymbol m) => m is IMethodSymbol { MethodKind: MethodKind.Ordinary };

        private static bool IsConstructor(ISymbol m) => m is IMethodSymbol { MethodKind: MethodKind.Constructor };

        private static bool HasParameter(ISymbol m, string name) => m is IMethodSymbol method && method.Parameters.Any(p => p.Name == name);

        private static bool HasOutParameter(ISymbol m) => m is IMethodSymbol method && method.Parameters.Any(p => p.RefKind == RefKind.Out);

        private static bool HasParameterOfType(ISymbol m, params string[] typeNames) =>
            m is IMethodSymbol method && method.Parameters.Any(p => typeNames.Contains(p.Type.Name));

        private static bool PropertyOfType(ISymbol m, string typeName) => m is IPropertySymbol { IsIndexer: false } property && property.Type.Name == typeName;
    }

    /// <summary>The members of one type that the inventory lists: <see cref="RoleOf"/> is null for the others.</summary>
    internal sealed record TypeFilter(string Library, string MetadataName, Func<ISymbol, string?> RoleOf);
}
