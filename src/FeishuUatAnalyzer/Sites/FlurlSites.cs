using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// Flurl: a string or <c>Url</c> chain (<c>AppendPathSegment</c>, <c>SetQueryParam</c>,
    /// <c>WithOAuthBearerToken</c>, <c>WithHeader</c>, <c>WithHeaders</c>...) that ends in a send (<c>GetStringAsync</c>,
    /// <c>GetJsonAsync</c>, <c>PostJsonAsync</c>, <c>SendAsync</c>...).
    /// </summary>
    internal static class FlurlSites
    {
        private static readonly string[] SendPrefixes = { "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Send", "DownloadFile" };

        public static bool IsSendMethod(string name)
        {
            if (!name.EndsWith("Async", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var prefix in SendPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var name = invocation.TargetMethod.Name;
            var receiver = OperationRoots.Receiver(invocation);
            if (receiver is null)
            {
                return null;
            }

            HttpVerb verb;
            if (name.StartsWith("Send", StringComparison.Ordinal))
            {
                var verbArgument = OperationRoots.Argument(invocation, "verb");
                verb = verbArgument is null ? HttpVerb.Unknown : HttpVerb.Evaluate(verbArgument, context, tracer);
            }
            else
            {
                verb = name.StartsWith("DownloadFile", StringComparison.Ordinal) ? HttpVerb.Known("GET") : HttpVerb.FromName(name);
            }

            var tokens = new List<TokenRef>();
            CollectTokens(receiver, context, tracer, tokens, 0);
            var url = UrlEvaluator.Evaluate(receiver, context, tracer);
            return new RequestFacts("Flurl", invocation, verb, url, receiver, tokens);
        }

        /// <summary>
        /// Walks the chain back from the send, collecting the bearer tokens it sets, through locals and through the fields
        /// and properties that hold a client or request (<c>_client = new FlurlClient(url).WithOAuthBearerToken(t)</c>);
        /// a token found behind a field or property is <paramref name="shared"/> by every request made from it.
        /// </summary>
        private static void CollectTokens(IOperation operation, CallContext context, Tracer tracer, List<TokenRef> tokens, int depth, bool shared = false)
        {
            var current = OperationRoots.Unwrap(operation);
            while (tracer.Within(depth++))
            {
                if (current is IInvocationOperation step && tracer.Session.Known.Is(step.TargetMethod.ContainingType, TypeRole.Flurl) && OperationRoots.Receiver(step) is IOperation next)
                {
                    if (step.TargetMethod.Name == "WithOAuthBearerToken" && OperationRoots.Argument(step, "token") is IOperation token)
                    {
                        tokens.Add(new TokenRef(token, context, shared ? TokenShape.FlurlShared : TokenShape.FlurlOAuthBearer));
                    }
                    else if (step.TargetMethod.Name == "WithHeader" && HeaderValues.IsAuthorization(OperationRoots.Argument(step, "name"))
                             && OperationRoots.Argument(step, "value") is IOperation value)
                    {
                        tokens.Add(new TokenRef(HeaderValues.TokenPart(value, out _, TokenShape.FlurlHeader, tracer.Session.Known), context, shared ? TokenShape.FlurlShared : TokenShape.FlurlHeader));
                    }
                    else if (step.TargetMethod.Name == "WithHeaders" && OperationRoots.Argument(step, "headers") is IOperation headers)
                    {
                        HeaderCollections.AddAuthorization(headers, context, tracer, tokens);
                    }

                    current = OperationRoots.Unwrap(next);
                    continue;
                }

                if (current is ILocalReferenceOperation || current is IFieldReferenceOperation || current is IPropertyReferenceOperation)
                {
                    var sources = tracer.Sources(current, context);
                    foreach (var source in sources)
                    {
                        if (!source.IsItself(current))
                        {
                            CollectTokens(source.Operation, source.Context, tracer, tokens, depth, shared || !(current is ILocalReferenceOperation));
                        }
                    }
                }

                return;
            }
        }

    }
}
