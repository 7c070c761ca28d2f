using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>Which library a call belongs to, and the recognizer that reads the request it sends.</summary>
    internal static class SiteRecognizer
    {
        /// <summary>A cheap, structural test: could this call send an HTTP request through a library we read?</summary>
        public static SiteLibrary Classify(IMethodSymbol method, KnownTypes known)
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

            var role = known.RoleOf(type);
            if ((role & TypeRole.HttpSender) != 0 && HttpClientSites.IsSendMethod(name))
            {
                return SiteLibrary.HttpClient;
            }

            if ((role & TypeRole.RestSharp) != 0 && RestSharpSites.IsSendMethod(name))
            {
                return SiteLibrary.RestSharp;
            }

            if ((role & TypeRole.Flurl) != 0 && FlurlSites.IsSendMethod(name))
            {
                return SiteLibrary.Flurl;
            }

            if ((role & TypeRole.WebClient) != 0 && WebClientSites.IsSendMethod(name))
            {
                return SiteLibrary.WebClient;
            }

            if ((role & TypeRole.WebRequest) != 0 && WebRequestSites.IsSendMethod(name))
            {
                return SiteLibrary.WebRequest;
            }

            return SiteLibrary.None;
        }

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer) => Classify(invocation.TargetMethod, tracer.Session.Known) switch
        {
            SiteLibrary.HttpClient => HttpClientSites.Recognize(invocation, context, tracer),
            SiteLibrary.RestSharp => RestSharpSites.Recognize(invocation, context, tracer),
            SiteLibrary.Flurl => FlurlSites.Recognize(invocation, context, tracer),
            SiteLibrary.Declarative => DeclarativeSites.Recognize(invocation, context, tracer),
            SiteLibrary.WebClient => WebClientSites.Recognize(invocation, context, tracer),
            SiteLibrary.WebRequest => WebRequestSites.Recognize(invocation, context, tracer),
            _ => null,
        };
    }

    internal enum SiteLibrary
    {
        None,
        HttpClient,
        RestSharp,
        Flurl,
        Declarative,
        WebClient,
        WebRequest,
    }
}
