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
    /// RestSharp (107+): a <c>RestRequest</c> sent by a <c>RestClient</c> (<c>Execute*</c>, <c>Get*</c>,
    /// <c>Post*</c>...). Base URL and resource are joined whatever their slashes; <c>ExecuteGet</c>,
    /// <c>ExecutePost</c>... send their verb whatever the request says; an authenticator replaces a header.
    /// </summary>
    internal static class RestSharpSites
    {
        private static readonly string[] SendPrefixes = { "Execute", "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Download" };

        public static bool IsSendMethod(string name)
        {
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
            var requestOperation = OperationRoots.ArgumentOfType(invocation, "RestRequest");
            var resourceArgument = OperationRoots.Argument(invocation, "resource");
            if (requestOperation is null && resourceArgument is null)
            {
                return null;
            }

            var verb = HttpVerb.FromName(name, "Execute");
            if (verb.Method is null && !name.StartsWith("Execute", StringComparison.Ordinal) && !name.StartsWith("Download", StringComparison.Ordinal))
            {
                verb = HttpVerb.FromName(name);
            }

            var explicitMethod = OperationRoots.ArgumentOfType(invocation, "Method");
            if (verb.Method is null && explicitMethod != null)
            {
                verb = HttpVerb.Evaluate(explicitMethod, context, tracer);
            }

            var tokens = new List<TokenRef>();
            var headerTokens = new List<TokenRef>();
            IOperation? resourceOperation = resourceArgument;
            var resourceContext = context;
            if (requestOperation != null)
            {
                var request = tracer.FactsOf(requestOperation, context);
                var requestVerb = HttpVerb.Known("GET");
                foreach (var creation in request.Creations)
                {
                    var resource = OperationRoots.Argument(creation.Operation.Arguments, "resource");
                    if (resource != null)
                    {
                        resourceOperation = resource;
                        resourceContext = creation.Context;
                    }

                    var method = OperationRoots.Argument(creation.Operation.Arguments, "method");
                    if (method != null)
                    {
                        requestVerb = HttpVerb.Evaluate(method, creation.Context, tracer);
                    }
                }

                foreach (var assignment in request.Assignments)
                {
                    switch (assignment.Member)
                    {
                        case "Resource":
                            resourceOperation = assignment.Value;
                            resourceContext = assignment.Context;
                            break;
                        case "Method":
                            requestVerb = HttpVerb.Evaluate(assignment.Value, assignment.Context, tracer);
                            break;
                        case "Authenticator":
                            AddAuthenticator(assignment.Value, assignment.Context, tracer, tokens);
                            break;
                    }
                }

                AddHeaders(request, headerTokens, tracer);
                if (verb.Method is null && !verb.DependsOnParameter)
                {
                    verb = requestVerb;
                }
            }

            var resourceUrl = resourceOperation is null ? UrlValue.Unknown : UrlEvaluator.Evaluate(resourceOperation, resourceContext, tracer);
            UrlValue? baseUrl = null;
            var client = OperationRoots.Receiver(invocation);
            var clientHeaderTokens = new List<TokenRef>();
            if (client != null)
            {
                var clientFacts = tracer.FactsOf(client, context);
                baseUrl = ClientBase(clientFacts, tracer, tokens);
                AddHeaders(clientFacts, clientHeaderTokens, tracer);
            }

            // The token the library really sends: an authenticator (request, then client) replaces any header.
            if (tokens.Count == 0)
            {
                tokens.AddRange(headerTokens.Count > 0 ? headerTokens : clientHeaderTokens);
            }

            return new RequestFacts("RestSharp", invocation, verb, UriResolution.JoinSegments(baseUrl, resourceUrl), resourceOperation, tokens);
        }

        private static UrlValue? ClientBase(ObjectFacts client, Tracer tracer, List<TokenRef> authenticators)
        {
            UrlValue? baseUrl = null;
            foreach (var creation in client.Creations)
            {
                var baseArgument = OperationRoots.Argument(creation.Operation.Arguments, "baseUrl");
                if (baseArgument != null)
                {
                    baseUrl = UrlEvaluator.Evaluate(baseArgument, creation.Context, tracer);
                }

                var options = OperationRoots.Argument(creation.Operation.Arguments, "options");
                if (options != null)
                {
                    var optionFacts = tracer.FactsOf(options, creation.Context);
                    foreach (var optionCreation in optionFacts.Creations)
                    {
                        var optionBase = OperationRoots.Argument(optionCreation.Operation.Arguments, "baseUrl");
                        if (optionBase != null)
                        {
                            baseUrl = UrlEvaluator.Evaluate(optionBase, optionCreation.Context, tracer);
                        }
                    }

                    foreach (var assignment in optionFacts.Assignments)
                    {
                        if (assignment.Member == "BaseUrl")
                        {
                            baseUrl = UrlEvaluator.Evaluate(assignment.Value, assignment.Context, tracer);
                        }
                        else if (assignment.Member == "Authenticator" && authenticators.Count == 0)
                        {
                            AddAuthenticator(assignment.Value, assignment.Context, tracer, authenticators);
                        }
                    }
                }
            }

            foreach (var assignment in client.Assignments)
            {
                if (assignment.Member == "Authenticator" && authenticators.Count == 0)
                {
                    AddAuthenticator(assignment.Value, assignment.Context, tracer, authenticators);
                }
            }

            return baseUrl != null && !baseUrl.StartsWithHole ? baseUrl : null;
        }

        private static void AddAuthenticator(IOperation value, CallContext context, Tracer tracer, List<TokenRef> tokens)
        {
            foreach (var source in tracer.Sources(value, context))
            {
                if (OperationRoots.Unwrap(source.Operation) is IObjectCreationOperation creation
                    && SendsBearerHeader(creation)
                    && (OperationRoots.Argument(creation.Arguments, "accessToken") ?? (creation.Arguments.Length > 0 ? creation.Arguments[0].Value : null)) is IOperation token
                    && token.Type?.SpecialType == SpecialType.System_String)
                {
                    tokens.Add(new TokenRef(HeaderValues.TokenPart(token, out _, TokenShape.RestSharpAuthenticator, tracer.Session.Known), source.Context.For(creation), TokenShape.RestSharpAuthenticator));
                }
            }
        }

        // Basic credentials and a token in the query string never reach Feishu as a bearer token; an authenticator that fetches
        // its own token (client credentials) takes no string token at all.
        private static bool SendsBearerHeader(IObjectCreationOperation creation) =>
            creation.Type is not { Name: "HttpBasicAuthenticator" or "OAuth2UriQueryParameterAuthenticator" } type
            || !TypeNames.UnderRoot(type.ContainingNamespace, "RestSharp");

        /// <summary>
        /// <c>AddHeader</c>, <c>AddOrUpdateHeader</c>, <c>AddDefaultHeader</c> and <c>AddParameter(name, value, ParameterType.HttpHeader)</c> of
        /// "Authorization", and the dictionaries of <c>AddHeaders</c>, <c>AddOrUpdateHeaders</c>, <c>AddDefaultHeaders</c>.
        /// </summary>
        private static void AddHeaders(ObjectFacts facts, List<TokenRef> tokens, Tracer tracer)
        {
            foreach (var call in facts.Calls)
            {
                var invocation = call.Invocation;
                var isHeader = call.Name == "AddHeader" || call.Name == "AddOrUpdateHeader" || call.Name == "AddDefaultHeader"
                    || ((call.Name == "AddParameter" || call.Name == "AddOrUpdateParameter" || call.Name == "AddDefaultParameter")
                        && OperationRoots.Argument(invocation, "type") is IOperation type
                        && OperationRoots.Unwrap(type) is IFieldReferenceOperation { Field: { Name: "HttpHeader" } });
                if ((call.Name == "AddHeaders" || call.Name == "AddOrUpdateHeaders" || call.Name == "AddDefaultHeaders")
                    && OperationRoots.Argument(invocation, "headers") is IOperation headers)
                {
                    HeaderCollections.AddAuthorization(headers, call.Context, tracer, tokens);
                    continue;
                }

                if (isHeader && HeaderValues.IsAuthorization(OperationRoots.Argument(invocation, "name"))
                    && OperationRoots.Argument(invocation, "value") is IOperation value)
                {
                    tokens.Add(new TokenRef(HeaderValues.TokenPart(value, out _, TokenShape.RestSharpHeader, tracer.Session.Known), call.Context, TokenShape.RestSharpHeader));
                }
            }
        }
    }
}
