using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>Which library a call belongs to, and the recognizer that reads the request it sends.</summary>
    internal static class SiteRecognizer
    {
        /// <summary>A cheap, structural test: could this call send an HTTP request through a library we read?</summary>
        public static SiteLibrary Classify(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type is null)
            {
                return SiteLibrary.None;
            }

            var name = method.Name;
            if (type.TypeKind == TypeKind.Interface && !method.GetAttributes().IsEmpty && DeclarativeSites.TryGetRoute(method, out _, out _))
            {
                return SiteLibrary.Declarative;
            }

            var ns = type.ContainingNamespace;
            if (ns is null)
            {
                return SiteLibrary.None;
            }

            if ((type.Name == "HttpClient" || type.Name == "HttpMessageInvoker" || type.Name == "HttpClientJsonExtensions")
                && HttpClientSites.IsSendMethod(name) && IsSystemNetHttp(ns))
            {
                return SiteLibrary.HttpClient;
            }

            if (ns.Name == "RestSharp" && ns.ContainingNamespace?.IsGlobalNamespace == true && RestSharpSites.IsSendMethod(name))
            {
                return SiteLibrary.RestSharp;
            }

            if (FlurlSites.IsFlurl(method) && FlurlSites.IsSendMethod(name))
            {
                return SiteLibrary.Flurl;
            }

            return SiteLibrary.None;
        }

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer) => Classify(invocation.TargetMethod) switch
        {
            SiteLibrary.HttpClient => HttpClientSites.Recognize(invocation, context, tracer),
            SiteLibrary.RestSharp => RestSharpSites.Recognize(invocation, context, tracer),
            SiteLibrary.Flurl => FlurlSites.Recognize(invocation, context, tracer),
            SiteLibrary.Declarative => DeclarativeSites.Recognize(invocation, context, tracer),
            _ => null,
        };

        /// <summary>System.Net.Http or System.Net.Http.Json.</summary>
        private static bool IsSystemNetHttp(INamespaceSymbol ns)
        {
            if (ns.Name == "Json")
            {
                ns = ns.ContainingNamespace;
            }

            return ns is { Name: "Http", ContainingNamespace: { Name: "Net", ContainingNamespace: { Name: "System", ContainingNamespace: { IsGlobalNamespace: true } } } };
        }
    }

    internal enum SiteLibrary
    {
        None,
        HttpClient,
        RestSharp,
        Flurl,
        Declarative,
    }
}
