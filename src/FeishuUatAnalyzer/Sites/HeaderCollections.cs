using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// Headers given whole, as an object or a dictionary: Flurl's <c>WithHeaders(new { Authorization = "Bearer " + t })</c>,
    /// RestSharp's <c>AddHeaders(new Dictionary&lt;string, string&gt; { ["Authorization"] = ... })</c>. Only what the creation's
    /// own initializer writes is read (a dictionary filled by later statements is not).
    /// </summary>
    internal static class HeaderCollections
    {
        public static void AddAuthorization(IOperation headers, CallContext context, Tracer tracer, List<TokenRef> tokens)
        {
            foreach (var source in tracer.Sources(headers, context))
            {
                if (AuthorizationIn(OperationRoots.Unwrap(source.Operation)) is IOperation value)
                {
                    var token = HeaderValues.TokenPart(value, out _, TokenShape.HeaderCollection, tracer.Session.Known);
                    tokens.Add(new TokenRef(token, source.Context, TokenShape.HeaderCollection));
                }
            }
        }

        private static IOperation? AuthorizationIn(IOperation operation)
        {
            switch (operation)
            {
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                            && HeaderValues.IsAuthorizationName(property.Property.Name))
                        {
                            return assignment.Value;
                        }
                    }

                    return null;
                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer }:
                    foreach (var element in initializer.Initializers)
                    {
                        // { "Authorization", v } is a call of Add; ["Authorization"] = v sets the indexer.
                        if (element is IInvocationOperation add && add.Arguments.Length == 2 && HeaderValues.IsAuthorization(add.Arguments[0].Value))
                        {
                            return add.Arguments[1].Value;
                        }

                        if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments: { Length: 1 } arguments } } set
                            && HeaderValues.IsAuthorization(arguments[0].Value))
                        {
                            return set.Value;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }
    }
}
