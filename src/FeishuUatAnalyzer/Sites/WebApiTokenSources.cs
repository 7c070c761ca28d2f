using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Tokens;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// WebApiClientCore interfaces whose token an attribute adds. <c>[OAuthToken]</c> (or a subclass) asks the token
    /// provider registered for the interface: <c>services.AddTokenProvider&lt;IApi, MyProvider&gt;()</c> (a
    /// <c>TokenProvider</c> of the compilation, its <c>RequestTokenAsync</c>/<c>RefreshTokenAsync</c> read),
    /// <c>services.AddTokenProvider&lt;IApi&gt;(sp =&gt; ...)</c>, or <c>AddClientCredentialsTokenProvider&lt;IApi&gt;(o =&gt; o.Endpoint = ...)</c>
    /// and <c>AddPasswordCredentialsTokenProvider</c>. A filter attribute of the compilation (<c>ApiFilterAttribute</c>,
    /// <c>ApiActionAttribute</c>) whose <c>OnRequestAsync</c> sets the request's Authorization gives that token's kind.
    /// </summary>
    internal static class WebApiTokenSources
    {
        private const string AttributesNamespace = "WebApiClientCore.Attributes";

        private const string OAuthsNamespace = "WebApiClientCore.Extensions.OAuths";

        public static TokenVerdict? VerdictOf(List<ISymbol> owners, Tracer tracer)
        {
            foreach (var owner in owners)
            {
                foreach (var attribute in owner.GetAttributes())
                {
                    var type = attribute.AttributeClass;
                    if (DerivesFrom(type, AttributesNamespace, "OAuthTokenAttribute"))
                    {
                        return ProvidersOf(owners, tracer);
                    }

                    if (type != null && !type.DeclaringSyntaxReferences.IsEmpty
                        && (DerivesFrom(type, AttributesNamespace, "ApiFilterAttribute") || DerivesFrom(type, AttributesNamespace, "ApiActionAttribute"))
                        && FilterVerdict(type, tracer) is TokenVerdict set)
                    {
                        return set;
                    }
                }
            }

            return null;
        }

        /// <summary>The providers registered for the interface the call goes through (or, failing that, the one that declares the method).</summary>
        private static TokenVerdict? ProvidersOf(List<ISymbol> owners, Tracer tracer)
        {
            var registry = tracer.Session.Store<Store>().Get(tracer.Session, tracer.CancellationToken);
            foreach (var owner in owners)
            {
                if (!(owner is INamedTypeSymbol api) || !registry.TryGetValue(api, out var registrations))
                {
                    continue;
                }

                var verdicts = new List<TokenVerdict?>();
                foreach (var registration in registrations)
                {
                    verdicts.Add(ProviderVerdict(registration, tracer));
                }

                return DeclaredTokens.Agreeing(verdicts, api.Name);
            }

            return null;
        }

        private static TokenVerdict? ProviderVerdict(IInvocationOperation registration, Tracer tracer)
        {
            var method = registration.TargetMethod;
            switch (method.Name)
            {
                case "AddTokenProvider" when method.TypeArguments.Length == 2:
                    return method.TypeArguments[1] is INamedTypeSymbol provider ? ProviderClassVerdict(provider, tracer) : null;
                case "AddTokenProvider":
                    return HttpClientRegistrations.Registry.Lambda(OperationRoots.Argument(registration, "tokenRequest")) is IAnonymousFunctionOperation request
                        ? BodyVerdict(request.Body, tracer)
                        : null;
                default:
                    return HttpClientRegistrations.Registry.Lambda(OperationRoots.Argument(registration, "configureOptions")) is IAnonymousFunctionOperation configure
                        ? EndpointOptionVerdict(configure, clientCredentials: method.Name == "AddClientCredentialsTokenProvider", tracer)
                        : null;
            }
        }

        /// <summary>A <c>TokenProvider</c> of the compilation: what its <c>RequestTokenAsync</c> and <c>RefreshTokenAsync</c> return, together.</summary>
        private static TokenVerdict? ProviderClassVerdict(INamedTypeSymbol provider, Tracer tracer)
        {
            TokenVerdict? result = null;
            foreach (var name in new[] { "RequestTokenAsync", "RefreshTokenAsync" })
            {
                for (var current = provider; current != null && !current.DeclaringSyntaxReferences.IsEmpty; current = current.BaseType)
                {
                    if (Override(current, name) is IMethodSymbol method && tracer.Session.BodyOf(method, tracer.CancellationToken) is IOperation body)
                    {
                        var verdict = BodyVerdict(body, tracer);
                        result = verdict is null ? result : result is null ? verdict : TokenVerdict.Combine(result, verdict);
                        break;
                    }
                }
            }

            return result;
        }

        private static IMethodSymbol? Override(INamedTypeSymbol type, string name)
        {
            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol { IsOverride: true } method)
                {
                    return method;
                }
            }

            return null;
        }

        /// <summary>
        /// The token a provider's body hands out: the <c>Access_token</c> of the <c>TokenResult</c> it makes; when that
        /// tells no kind, the kind the token endpoint it calls issues.
        /// </summary>
        private static TokenVerdict? BodyVerdict(IOperation body, Tracer tracer)
        {
            TokenVerdict? result = null;
            foreach (var operation in body.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Access_token" } property } } assignment
                    && TypeNames.Is(property.ContainingType, OAuthsNamespace, "TokenResult")
                    && DeclaredTokens.KindOf(assignment.Value, tracer) is TokenVerdict verdict)
                {
                    result = result is null ? verdict : TokenVerdict.Combine(result, verdict);
                }
            }

            if (result != null && result.Kind != TokenKind.Unknown)
            {
                return result;
            }

            foreach (var operation in body.Descendants())
            {
                if (operation is IInvocationOperation call
                    && TokenEndpointCalls.Read(call, CallContext.Unbound(OperationRoots.RootOf(call), OperationRoots.OwnerOf(OperationRoots.RootOf(call))), tracer, out var issued)
                    && issued != null)
                {
                    return issued;
                }
            }

            return result;
        }

        /// <summary>The OAuth providers of the library post to <c>options.Endpoint</c>: the kind of the token endpoint it names.</summary>
        private static TokenVerdict? EndpointOptionVerdict(IAnonymousFunctionOperation configure, bool clientCredentials, Tracer tracer)
        {
            TokenVerdict? result = null;
            foreach (var operation in configure.Body.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Endpoint" } property } } assignment
                    && TypeNames.UnderRoot(property.ContainingType?.ContainingNamespace, "WebApiClientCore"))
                {
                    var url = UrlEvaluator.Evaluate(assignment.Value, CallContext.Unbound(OperationRoots.RootOf(assignment), OperationRoots.OwnerOf(OperationRoots.RootOf(assignment))), tracer);
                    var verdict = TokenEndpointCalls.IssuedBy(url, "POST", assignment, tracer.Session.Catalogue);

                    // The client_credentials grant gets no user token, whatever the endpoint: such a provider fails rather than send one.
                    if (verdict != null && !(clientCredentials && verdict.Kind == TokenKind.User))
                    {
                        result = verdict;
                    }
                }
            }

            return result;
        }

        /// <summary>A filter attribute of the compilation whose <c>OnRequestAsync</c> sets the request's Authorization.</summary>
        private static TokenVerdict? FilterVerdict(INamedTypeSymbol type, Tracer tracer)
        {
            var method = Override(type, "OnRequestAsync");
            var body = method is null ? null : tracer.Session.BodyOf(method, tracer.CancellationToken);
            if (body is null)
            {
                return null;
            }

            TokenVerdict? result = null;
            foreach (var operation in body.Descendants())
            {
                IOperation? value = operation switch
                {
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Authorization" }, Instance: IPropertyReferenceOperation { Property: { Name: "Headers" } } } } set => set.Value,
                    IInvocationOperation { TargetMethod: { Name: "Add" } or { Name: "TryAddWithoutValidation" } } add when HeaderValues.IsAuthorization(OperationRoots.Argument(add, "name")) => OperationRoots.Argument(add, "value"),
                    _ => null,
                };
                if (value != null && DeclaredTokens.KindOf(HeaderValues.TokenPart(value, out _, TokenShape.DeclaredTokenSource, tracer.Session.Known), tracer) is TokenVerdict verdict)
                {
                    result = result is null ? verdict : TokenVerdict.Combine(result, verdict);
                }
            }

            return result;
        }

        private static bool DerivesFrom(INamedTypeSymbol? type, string @namespace, string name)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (TypeNames.Is(current, @namespace, name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The token providers registered, by interface.</summary>
        internal sealed class Store : RegistrationsByApi
        {
            protected override string Word => "TokenProvider";

            protected override bool MayRegister(string calledName) =>
                calledName == "AddTokenProvider" || calledName == "AddClientCredentialsTokenProvider" || calledName == "AddPasswordCredentialsTokenProvider";

            protected override bool Registers(IMethodSymbol method) =>
                TypeNames.Is(method.ContainingType, "Microsoft.Extensions.DependencyInjection", "TokenProviderExtensions");
        }
    }
}
