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
        /// a token found behind a field or property, or set by a statement of its own on the holder, is <paramref name="shared"/>
        /// (<see cref="TokenShape.FlurlHeld"/>).
        /// </summary>
        private static void CollectTokens(IOperation operation, CallContext context, Tracer tracer, List<TokenRef> tokens, int depth, bool shared = false)
        {
            var current = OperationRoots.Unwrap(operation);
            while (tracer.Within(depth++))
            {
                if (current is IInvocationOperation step && tracer.Session.Known.Is(step.TargetMethod.ContainingType, TypeRole.Flurl) && OperationRoots.Receiver(step) is IOperation next)
                {
                    AddHeaderStep(step, step.TargetMethod.Name, context, shared, tracer, tokens);
                    current = OperationRoots.Unwrap(next);
                    continue;
                }

                if (current is ILocalReferenceOperation || current is IFieldReferenceOperation || current is IPropertyReferenceOperation)
                {
                    var held = shared || !(current is ILocalReferenceOperation);
                    var sources = tracer.Sources(current, context);
                    foreach (var source in sources)
                    {
                        if (!source.IsItself(current))
                        {
                            CollectTokens(source.Operation, source.Context, tracer, tokens, depth, held);
                        }
                    }

                    // Statements of their own on the holder: request.WithOAuthBearerToken(t); client.Headers.Add("Authorization", ...).
                    foreach (var call in tracer.FactsOf(current, context).Calls)
                    {
                        if (call.Name == "Headers.Add" || tracer.Session.Known.Is(call.Invocation.TargetMethod.ContainingType, TypeRole.Flurl))
                        {
                            AddHeaderStep(call.Invocation, call.Name, call.Context, shared: true, tracer, tokens);
                        }
                    }
                }

                return;
            }
        }

        /// <summary>The bearer token one step sets: <c>WithOAuthBearerToken</c>, <c>WithHeader</c>, <c>WithHeaders</c> or <c>Headers.Add</c> of Authorization.</summary>
        private static void AddHeaderStep(IInvocationOperation step, string name, CallContext context, bool shared, Tracer tracer, List<TokenRef> tokens)
        {
            if (name == "WithOAuthBearerToken" && OperationRoots.Argument(step, "token") is IOperation token)
            {
                tokens.Add(new TokenRef(token, context, shared ? TokenShape.FlurlHeld : TokenShape.FlurlOAuthBearer));
            }
            else if ((name == "WithHeader" || name == "Headers.Add") && HeaderValues.IsAuthorization(OperationRoots.Argument(step, "name"))
                     && OperationRoots.Argument(step, "value") is IOperation value)
            {
                tokens.Add(new TokenRef(HeaderValues.TokenPart(value, out _, TokenShape.FlurlHeader, tracer.Session.Known), context, shared ? TokenShape.FlurlHeld : TokenShape.FlurlHeader));
            }
            else if (name == "WithHeaders" && OperationRoots.Argument(step, "headers") is IOperation headers)
            {
                HeaderCollections.AddAuthorization(headers, context, tracer, tokens);
            }
        }
    }
}
