using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// <c>HttpWebRequest</c>/<c>WebRequest</c>: made by <c>WebRequest.Create(url)</c> or <c>WebRequest.CreateHttp(url)</c>
    /// (cast or not), given its <c>Method</c> (GET when none) and headers, and sent by <c>GetResponse</c>,
    /// <c>GetResponseAsync</c> or <c>BeginGetResponse</c>. <c>GetRequestStream</c> only writes the body: the send is the
    /// response call, where the diagnostic lies.
    /// </summary>
    internal static class WebRequestSites
    {
        public static bool IsSendMethod(string name) => name == "GetResponse" || name == "GetResponseAsync" || name == "BeginGetResponse";

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var request = OperationRoots.Receiver(invocation);
            if (request is null)
            {
                return null;
            }

            var facts = tracer.FactsOf(request, context);
            var verb = HttpVerb.Unknown;
            UrlValue? url = null;
            IOperation? urlOperation = null;
            foreach (var factory in facts.Producers)
            {
                if (!IsCreate(factory, tracer.Session.Known) || OperationRoots.ArgumentAt(factory.Invocation, 0) is not IOperation address)
                {
                    continue;
                }

                // Requests made in several places are read only when they all go to the same URL.
                var value = UrlEvaluator.Evaluate(address, factory.Context, tracer);
                url = url is null || url.Render() == value.Render() ? value : UrlValue.Unknown;
                urlOperation ??= address;
                verb = HttpVerb.Known("GET");
            }

            HttpVerb? assigned = null;
            foreach (var assignment in facts.Assignments)
            {
                if (assignment.Member == "Method")
                {
                    var value = HttpVerb.Evaluate(assignment.Value, assignment.Context, tracer);
                    assigned = assigned is null || assigned.Value.Method == value.Method ? value : HttpVerb.Unknown;
                }
            }

            var tokens = new List<TokenRef>();
            WebHeaders.AddAuthorization(facts, tokens, tracer);
            return new RequestFacts(
                "HttpWebRequest",
                invocation,
                assigned ?? verb,
                url ?? (facts.FromUnboundParameter ? UrlValue.UnboundParameter : UrlValue.Unknown),
                urlOperation,
                tokens);
        }

        private static bool IsCreate(ObjectProducer factory, KnownTypes known) =>
            (factory.Invocation.TargetMethod.Name == "Create" || factory.Invocation.TargetMethod.Name == "CreateHttp" || factory.Invocation.TargetMethod.Name == "CreateDefault")
            && known.Is(factory.Invocation.TargetMethod.ContainingType, TypeRole.WebRequest);
    }
}
