using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// <c>HttpClient</c>: <c>SendAsync</c>/<c>Send</c> with an <c>HttpRequestMessage</c>, the verb methods
    /// (<c>GetAsync</c>, <c>GetStringAsync</c>, <c>PostAsync</c>...) and the System.Net.Http.Json extensions.
    /// The URL is resolved against the client's <c>BaseAddress</c>; the request's own Authorization header
    /// replaces the client's default one. A client from DI gets its registration's settings
    /// (<see cref="HttpClientRegistrations"/>); the message handlers it runs may set the token last (<see cref="MessageHandlers"/>).
    /// </summary>
    internal static class HttpClientSites
    {
        private static readonly HashSet<string> VerbMethods = new HashSet<string>
        {
            "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync",
            "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
        };

        public static bool IsSendMethod(string name) => name == "SendAsync" || name == "Send" || VerbMethods.Contains(name);

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var name = invocation.TargetMethod.Name;
            HttpVerb verb;
            UrlValue url;
            IOperation? urlOperation;
            var tokens = new List<TokenRef>();

            if (name == "SendAsync" || name == "Send")
            {
                var request = OperationRoots.ArgumentOfType(invocation, "HttpRequestMessage");
                if (request is null)
                {
                    return null;
                }

                var facts = tracer.FactsOf(request, context);
                ReadRequest(facts, tracer, out verb, out urlOperation, out var urlContext);

                // A request the caller built (SendAsync(HttpRequestMessage request) of the team's own client): judged at each caller.
                url = urlOperation != null ? UrlEvaluator.Evaluate(urlOperation, urlContext!, tracer)
                    : facts.FromUnboundParameter ? UrlValue.UnboundParameter
                    : UrlValue.Unknown;
                AddAuthorization(facts, "Headers.", TokenShape.HeaderString, tokens, tracer);
            }
            else if (VerbMethods.Contains(name))
            {
                verb = HttpVerb.FromName(name);
                urlOperation = OperationRoots.Argument(invocation, "requestUri");
                url = urlOperation is null ? UrlValue.Unknown : UrlEvaluator.Evaluate(urlOperation, context, tracer);
            }
            else
            {
                return null;
            }

            var client = OperationRoots.Receiver(invocation);
            if (client != null)
            {
                var clientFacts = tracer.FactsOf(client, context);

                // A client from the factory or a typed client: its registrations in DI configure it first, the code after.
                var registrations = HttpClientRegistrations.For(clientFacts, tracer);
                var registered = registrations.Count == 0 ? null : HttpClientRegistrations.ConfiguredFacts(registrations, tracer);
                var baseFacts = registered != null && !clientFacts.Assigns("BaseAddress") ? registered : clientFacts;
                url = UriResolution.Rfc3986(UrlEvaluator.AgreedValue(baseFacts, "BaseAddress", tracer), url);
                if (tokens.Count == 0)
                {
                    AddAuthorization(clientFacts, "DefaultRequestHeaders.", TokenShape.DefaultHeader, tokens, tracer);
                }

                if (tokens.Count == 0 && registered != null)
                {
                    AddAuthorization(registered, "DefaultRequestHeaders.", TokenShape.DefaultHeader, tokens, tracer);
                }

                // Then the handlers, outermost first, see the request with its headers (see MessageHandlers).
                var handlers = MessageHandlers.OfClient(clientFacts, tracer);
                if (registrations.Count > 0)
                {
                    handlers.AddRange(HttpClientRegistrations.Handlers(registrations, tracer));
                }

                foreach (var handler in handlers)
                {
                    MessageHandlers.Apply(handler, tokens, tracer);
                }
            }

            return new RequestFacts("HttpClient", invocation, verb, url, urlOperation, tokens);
        }

        private static void ReadRequest(ObjectFacts facts, Tracer tracer, out HttpVerb verb, out IOperation? urlOperation, out CallContext? urlContext)
        {
            verb = HttpVerb.Unknown;
            urlOperation = null;
            urlContext = null;
            var sawCreation = false;
            foreach (var creation in facts.Creations)
            {
                sawCreation = true;
                var method = OperationRoots.Argument(creation.Operation.Arguments, "method");
                verb = method is null ? HttpVerb.Known("GET") : HttpVerb.Evaluate(method, creation.Context, tracer);
                var uri = OperationRoots.Argument(creation.Operation.Arguments, "requestUri");
                if (uri != null)
                {
                    urlOperation = uri;
                    urlContext = creation.Context;
                }
            }

            foreach (var assignment in facts.Assignments)
            {
                if (assignment.Member == "Method")
                {
                    verb = HttpVerb.Evaluate(assignment.Value, assignment.Context, tracer);
                }
                else if (assignment.Member == "RequestUri")
                {
                    urlOperation = assignment.Value;
                    urlContext = assignment.Context;
                }
            }

            if (!sawCreation && verb.Method is null && !verb.DependsOnParameter)
            {
                verb = HttpVerb.Unknown;
            }
        }

        /// <summary>Authorization set through <paramref name="prefix"/> (<c>Headers.</c>, <c>DefaultRequestHeaders.</c>).</summary>
        private static void AddAuthorization(ObjectFacts facts, string prefix, TokenShape stringShape, List<TokenRef> tokens, Tracer tracer)
        {
            foreach (var assignment in facts.Assignments)
            {
                if (assignment.Member == prefix + "Authorization")
                {
                    var token = HeaderValues.TokenPart(assignment.Value, out var shape, stringShape, tracer.Session.Known);
                    tokens.Add(new TokenRef(token, assignment.Context, stringShape == TokenShape.DefaultHeader ? TokenShape.DefaultHeader : shape));
                }
            }

            foreach (var call in facts.Calls)
            {
                if ((call.Name == prefix + "Add" || call.Name == prefix + "TryAddWithoutValidation")
                    && HeaderValues.IsAuthorization(OperationRoots.Argument(call.Invocation, "name"))
                    && OperationRoots.Argument(call.Invocation, "value") is IOperation value)
                {
                    var token = HeaderValues.TokenPart(value, out var shape, stringShape, tracer.Session.Known);
                    tokens.Add(new TokenRef(token, call.Context, stringShape == TokenShape.DefaultHeader ? TokenShape.DefaultHeader : shape));
                }
            }
        }
    }
}
