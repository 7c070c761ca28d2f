using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// The Authorization header set on the <c>Headers</c> (a WebHeaderCollection) of a <c>WebClient</c> or a
    /// <c>WebRequest</c>: <c>Headers["Authorization"] = v</c>, <c>Headers[HttpRequestHeader.Authorization] = v</c>,
    /// <c>Headers.Add(name, v)</c>, <c>Headers.Set(name, v)</c>, and the header line <c>Headers.Add("Authorization: Bearer " + t)</c>.
    /// </summary>
    internal static class WebHeaders
    {
        public static void AddAuthorization(ObjectFacts facts, List<TokenRef> tokens, Tracer tracer)
        {
            var known = tracer.Session.Known;
            foreach (var assignment in facts.Assignments)
            {
                // The member path names the indexer ("this[]") but not its key: the key is read from the assignment's target.
                if (assignment.Member == "Headers.this[]"
                    && assignment.Value.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation indexer }
                    && indexer.Arguments.Length == 1
                    && known.Is(indexer.Instance?.Type, TypeRole.WebHeaderCollection)
                    && HeaderValues.IsAuthorization(indexer.Arguments[0].Value, known))
                {
                    tokens.Add(Token(assignment.Value, assignment.Context, known));
                }
            }

            foreach (var call in facts.Calls)
            {
                // The receiver's type, not the method's: Add(string, string) is declared on NameValueCollection too.
                var invocation = call.Invocation;
                if ((call.Name != "Headers.Add" && call.Name != "Headers.Set") || !known.Is(invocation.Instance?.Type, TypeRole.WebHeaderCollection))
                {
                    continue;
                }

                var header = OperationRoots.Argument(invocation, "header");
                if (OperationRoots.Argument(invocation, "value") is IOperation value)
                {
                    if (HeaderValues.IsAuthorization(OperationRoots.Argument(invocation, "name") ?? header, known))
                    {
                        tokens.Add(Token(value, call.Context, known));
                    }
                }
                else if (header != null && AuthorizationLineValue(header) is IOperation lineValue)
                {
                    tokens.Add(Token(lineValue, call.Context, known));
                }
            }
        }

        private static TokenRef Token(IOperation value, CallContext context, KnownTypes known)
        {
            // Only a token with its "Bearer " in sight can be replaced alone: a whole header value would lose its scheme.
            var token = HeaderValues.TokenPart(value, out _, TokenShape.WebHeader, known);
            return new TokenRef(token, context, token == value ? TokenShape.WebHeader : TokenShape.WebHeaderBearer);
        }

        /// <summary>
        /// <c>Add("Authorization: Bearer " + t)</c> or <c>Add($"Authorization: Bearer {t}")</c>: the token <c>t</c>;
        /// <c>Add("Authorization: " + header)</c>: the header value. Any other line is not an Authorization header we can read.
        /// </summary>
        private static IOperation? AuthorizationLineValue(IOperation line)
        {
            string? head;
            IOperation rest;
            switch (OperationRoots.Unwrap(line))
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when !binary.RightOperand.ConstantValue.HasValue:
                    head = binary.LeftOperand.ConstantValue.Value as string;
                    rest = binary.RightOperand;
                    break;
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length == 2
                    && interpolated.Parts[0] is IInterpolatedStringTextOperation text
                    && interpolated.Parts[1] is IInterpolationOperation hole:
                    head = text.Text.ConstantValue.Value as string;
                    rest = hole.Expression;
                    break;
                default:
                    return null;
            }

            var colon = head?.IndexOf(':') ?? -1;
            if (head is null || colon < 0 || !HeaderValues.IsAuthorizationName(head.Substring(0, colon)))
            {
                return null;
            }

            var scheme = head.Substring(colon + 1).Trim();
            return scheme.Length == 0 || scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? rest : null;
        }
    }
}
