using System;
using System.Collections.Generic;
using System.Text;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Tokens;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// Declarative clients: Refit (<c>[Get("/path")]</c>...), WebApiClientCore (<c>[HttpGet("/path")]</c>...) and Mud.HttpUtils
    /// (MudFeishu's <c>[Get("/path")]</c>) interface methods, read from metadata as well as source. The call of the interface method is the site.
    /// FeishuNetSdk is built this way: its <c>IFeishuUserApi</c> takes a <c>UserAccessToken</c>, its
    /// <c>IFeishuTenantApi</c> gets tenant tokens from its provider.
    /// </summary>
    internal static class DeclarativeSites
    {
        public static bool TryGetRoute(IMethodSymbol method, out string verb, out string path)
        {
            verb = "";
            path = "";
            if (method.ContainingType?.TypeKind != TypeKind.Interface)
            {
                return false;
            }

            foreach (var attribute in method.GetAttributes())
            {
                var type = attribute.AttributeClass;
                if (type is null)
                {
                    continue;
                }

                var ns = type.ContainingNamespace;
                var name = type.Name;
                string? routeVerb = null;
                if (Symbols.TypeNames.InNamespace(ns, "Refit") && name.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    routeVerb = name.Substring(0, name.Length - "Attribute".Length);
                }
                else if (Symbols.TypeNames.InNamespace(ns, "WebApiClientCore.Attributes") && name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    routeVerb = name.Substring(4, name.Length - 4 - "Attribute".Length);
                }
                else if ((Symbols.TypeNames.InNamespace(ns, "Mud.HttpUtils.Attributes") || Symbols.TypeNames.InNamespace(ns, "Mud.Common.CodeGenerator")) && name.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    // MudFeishu's interfaces ([Get("/open-apis/...")] of Mud.HttpUtils, or of the older generator).
                    routeVerb = name.Substring(0, name.Length - "Attribute".Length);
                }

                if (routeVerb is null || !IsVerb(routeVerb))
                {
                    continue;
                }

                verb = routeVerb.ToUpperInvariant();
                path = attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string p ? p : "";
                return true;
            }

            return false;
        }

        public static RequestFacts? Recognize(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var method = invocation.TargetMethod;
            if (!TryGetRoute(method, out var verb, out var path))
            {
                return null;
            }

            var url = RouteUrl(path, invocation, context, tracer);
            var host = HostOf(method);
            if (host != null)
            {
                url = UriResolution.Rfc3986(UrlValue.Text(host), url);
            }

            var tokens = new List<TokenRef>();
            foreach (var parameter in method.Parameters)
            {
                var argument = OperationRoots.Argument(invocation, parameter.Name);
                if (tracer.Session.Known.Is(parameter.Type, TypeRole.FeishuSdkUserToken))
                {
                    tokens.Add(new TokenRef(argument, context, TokenShape.SdkUserAccessToken,
                        TokenVerdict.Of(TokenKind.User, EvidenceKind.SdkParameterType, parameter.Type.Name)));
                    continue;
                }

                if (argument is null)
                {
                    continue;
                }

                foreach (var attribute in parameter.GetAttributes())
                {
                    var name = attribute.AttributeClass?.Name;
                    if (name == "AuthorizeAttribute"
                        || (name == "HeaderAttribute" && attribute.ConstructorArguments.Length > 0 && HeaderValues.Authorization.Equals(attribute.ConstructorArguments[0].Value as string, StringComparison.OrdinalIgnoreCase)))
                    {
                        tokens.Add(new TokenRef(HeaderValues.TokenPart(argument, out _, TokenShape.DeclarativeArgument, tracer.Session.Known), context, TokenShape.DeclarativeArgument));
                    }
                }
            }

            if (tokens.Count == 0)
            {
                var provider = ProviderVerdict(method.ContainingType);
                if (provider != null)
                {
                    tokens.Add(new TokenRef(null, context, TokenShape.SdkProvider, provider));
                }
                else if (DeclaredTokens.Of(invocation, context, tracer) is TokenRef declared)
                {
                    tokens.Add(declared);
                }
            }

            return new RequestFacts("Declarative", invocation, HttpVerb.Known(verb), url, null, tokens);
        }

        /// <summary>FeishuNetSdk's interfaces whose tokens come from a provider: the tenant API sends tenant tokens, the app API app tokens.</summary>
        private static TokenVerdict? ProviderVerdict(INamedTypeSymbol type)
        {
            switch (type.Name)
            {
                case "IFeishuTenantApi":
                    return TokenVerdict.Of(TokenKind.Tenant, EvidenceKind.SdkInterface, type.Name);
                case "IFeishuAppApi":
                    return TokenVerdict.Of(TokenKind.App, EvidenceKind.SdkInterface, type.Name);
                default:
                    return null;
            }
        }

        private static string? HostOf(IMethodSymbol method)
        {
            foreach (var owner in new ISymbol[] { method, method.ContainingType })
            {
                foreach (var attribute in owner.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == "HttpHostAttribute" && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string host)
                    {
                        return host;
                    }
                }
            }

            return null;
        }

        /// <summary>The route with each <c>{name}</c> replaced by what the matching argument holds.</summary>
        private static UrlValue RouteUrl(string template, IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var result = UrlValue.Empty;
            var literal = new StringBuilder();
            for (var i = 0; i < template.Length; i++)
            {
                var open = template[i];
                var close = open == '{' ? template.IndexOf('}', i) : -1;
                if (close < 0)
                {
                    literal.Append(open);
                    continue;
                }

                result = result.Concat(UrlValue.Text(literal.ToString()));
                literal.Clear();
                var placeholder = template.Substring(i + 1, close - i - 1);
                var name = placeholder.TrimStart('*').Split(':')[0];
                var argument = ArgumentNamed(invocation, name);
                var value = argument is null ? UrlValue.Unknown : UrlEvaluator.Evaluate(argument, context, tracer);

                // A route parameter the code does not fix is the endpoint's parameter segment (users/{user_id} is
                // users/:user_id), not any segment: it must not also match literal siblings (users/find_by_department).
                // A catch-all ({*path}) may span segments and stays a hole.
                if (value.Pieces.Length == 1 && value.Pieces[0].IsHole && !placeholder.StartsWith("*", StringComparison.Ordinal))
                {
                    value = UrlValue.Text(":" + name);
                }

                result = result.Concat(value);
                i = close;
            }

            return result.Concat(UrlValue.Text(literal.ToString()));
        }

        private static IOperation? ArgumentNamed(IInvocationOperation invocation, string name)
        {
            foreach (var parameter in invocation.TargetMethod.Parameters)
            {
                var alias = name;
                foreach (var attribute in parameter.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name == "AliasAsAttribute" && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string a)
                    {
                        alias = a;
                    }
                }

                if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase) || alias != name && string.Equals(alias, name, StringComparison.Ordinal))
                {
                    return OperationRoots.Argument(invocation, parameter.Name);
                }
            }

            return null;
        }

        private static bool IsVerb(string name) =>
            name == "Get" || name == "Post" || name == "Put" || name == "Patch" || name == "Delete" || name == "Head" || name == "Options";
    }
}
