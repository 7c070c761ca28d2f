using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// <c>WebClient</c>: <c>DownloadString</c>, <c>DownloadData</c>, <c>OpenRead</c>... (GET) and <c>UploadString</c>,
    /// <c>UploadData</c>, <c>UploadValues</c>, <c>OpenWrite</c>... (their <c>method</c> argument, POST without one), with
    /// their <c>Async</c>/<c>TaskAsync</c> forms. The address, a string or a Uri, is resolved against the client's
    /// <c>BaseAddress</c> as <c>new Uri(baseAddress, address)</c> does; the token is the client's Authorization header.
    /// </summary>
    internal static class WebClientSites
    {
        private static readonly string[] ReadPrefixes = { "Download", "OpenRead" };
        private static readonly string[] WritePrefixes = { "Upload", "OpenWrite" };

        public static bool IsSendMethod(string name) => StartsWithAny(name, ReadPrefixes) || StartsWithAny(name, WritePrefixes);

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var address = OperationRoots.Argument(invocation, "address");
            if (address is null)
            {
                return null;
            }

            var url = UrlEvaluator.Evaluate(address, context, tracer);
            var tokens = new List<TokenRef>();
            var client = OperationRoots.Receiver(invocation);
            if (client != null)
            {
                var clientFacts = tracer.FactsOf(client, context);
                url = UriResolution.Rfc3986(UrlEvaluator.AgreedValue(clientFacts, "BaseAddress", tracer), url);
                WebHeaders.AddAuthorization(clientFacts, tokens, tracer);
            }

            return new RequestFacts("WebClient", invocation, Verb(invocation, context, tracer), url, address, tokens);
        }

        private static HttpVerb Verb(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            if (StartsWithAny(invocation.TargetMethod.Name, ReadPrefixes))
            {
                return HttpVerb.Known("GET");
            }

            // Uploads send POST unless told otherwise (a null method too).
            var method = OperationRoots.Argument(invocation, "method");
            return method is null || (method.ConstantValue.HasValue && method.ConstantValue.Value is null)
                ? HttpVerb.Known("POST")
                : HttpVerb.Evaluate(method, context, tracer);
        }

        private static bool StartsWithAny(string name, string[] prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
