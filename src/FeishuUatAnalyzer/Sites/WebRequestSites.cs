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
            var urls = new List<UrlValue>();
            IOperation? urlOperation = null;
            foreach (var factory in facts.Producers)
            {
                if (!IsCreate(factory, tracer.Session.Known) || OperationRoots.ArgumentAt(factory.Invocation, 0) is not IOperation address)
                {
                    continue;
                }

                // A request made in several places goes to one of their URLs, as any value joined over paths does.
                urls.Add(UrlEvaluator.Evaluate(address, factory.Context, tracer));
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
                urls.Count > 0 ? UrlValue.AnyOf(urls) : facts.FromUnboundParameter ? UrlValue.UnboundParameter : UrlValue.Unknown,
                urlOperation,
                tokens);
        }

        private static bool IsCreate(ObjectProducer factory, KnownTypes known) =>
            (factory.Invocation.TargetMethod.Name == "Create" || factory.Invocation.TargetMethod.Name == "CreateHttp" || factory.Invocation.TargetMethod.Name == "CreateDefault")
            && known.Is(factory.Invocation.TargetMethod.ContainingType, TypeRole.WebRequest);
    }
}
