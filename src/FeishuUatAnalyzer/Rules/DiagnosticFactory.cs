using System.Collections.Generic;
using System.Collections.Immutable;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Rules
{
    /// <summary>
    /// Builds the diagnostic: the squiggle under the name of the invoked method, the URL and token
    /// expressions as additional locations, and in <see cref="Diagnostic.Properties"/> what a fixer needs.
    /// </summary>
    internal static class DiagnosticFactory
    {
        public const string EndpointProperty = "Endpoint";
        public const string HostProperty = "Host";
        public const string TokenKindProperty = "TokenKind";
        public const string TokenShapeProperty = "TokenShape";
        public const string LibraryProperty = "Library";
        public const string ViaHelperProperty = "ViaHelper";
        public const string TokenLocationProperty = "TokenLocation";

        /// <summary>Where the token expression is among the additional locations: "url,token", "token" or "".</summary>
        public const string AdditionalLocationsProperty = "AdditionalLocations";

        public static Diagnostic Create(Outcome outcome, IInvocationOperation reportedCall, RequestFacts facts, CallContext chain, bool viaHelper, bool severalBodies = false)
        {
            var descriptor = Descriptors.ById[outcome.RuleId!];
            var additional = new List<Location>();
            var order = new List<string>();

            var url = Surface(facts.UrlOperation, chain);
            if (url != null && url.Syntax.GetLocation() is { IsInSource: true } urlLocation)
            {
                additional.Add(urlLocation);
                order.Add("url");
            }

            var token = Surface(outcome.Token?.Operation, outcome.Token?.Context ?? chain);
            var tokenLocal = false;
            if (token != null && token.Syntax.GetLocation() is { IsInSource: true } tokenLocation)
            {
                additional.Add(tokenLocation);
                order.Add("token");
                tokenLocal = tokenLocation.SourceTree == reportedCall.Syntax.SyntaxTree;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[EndpointProperty] = outcome.Endpoint!.Display;
            properties[HostProperty] = outcome.Host ?? "";
            properties[TokenKindProperty] = outcome.Verdict!.Kind.ToString();
            properties[TokenShapeProperty] = outcome.Token?.Shape.ToString() ?? "";
            properties[LibraryProperty] = facts.Library;
            properties[ViaHelperProperty] = viaHelper ? "true" : "false";
            properties[TokenLocationProperty] = token is null ? "none" : tokenLocal ? "document" : "elsewhere";
            properties[AdditionalLocationsProperty] = string.Join(",", order);
            properties[FixAvailability.Property] = FixAvailability.HasStrategy(outcome.RuleId!, outcome.Token?.Shape, viaHelper, token != null, severalBodies) ? "true" : "false";

            return Diagnostic.Create(descriptor, NameLocation(reportedCall), additional, properties.ToImmutable(),
                new EndpointLabel(outcome.Endpoint), outcome.Verdict.Evidence);
        }

        /// <summary>The name of the invoked method, where the squiggle lies.</summary>
        public static Location NameLocation(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax syntax)
            {
                SimpleNameSyntax? name = syntax.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name,
                    MemberBindingExpressionSyntax binding => binding.Name,
                    SimpleNameSyntax simple => simple,
                    _ => null,
                };
                if (name != null)
                {
                    return name.Identifier.GetLocation();
                }
            }

            return invocation.Syntax.GetLocation();
        }

        /// <summary>Follows an expression out through the parameters that carried it, to where the outermost caller wrote it.</summary>
        private static IOperation? Surface(IOperation? operation, CallContext context)
        {
            var current = operation;
            var currentContext = context;
            while (current != null && OperationRoots.Unwrap(current) is IParameterReferenceOperation parameter
                   && currentContext.ArgumentFor(parameter.Parameter) is IOperation argument && currentContext.Parent != null)
            {
                current = argument;
                currentContext = currentContext.Parent;
            }

            return current;
        }
    }
}
