using System;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>Reads an Authorization header value down to the token it carries.</summary>
    internal static class HeaderValues
    {
        public const string Authorization = "Authorization";

        /// <summary>Whether the header-name argument is the constant "Authorization".</summary>
        public static bool IsAuthorization(IOperation? name) => name?.ConstantValue.Value is string text && IsAuthorizationName(text);

        public static bool IsAuthorizationName(string text) => string.Equals(text.Trim(), Authorization, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a WebHeaderCollection header argument names Authorization: the string, or <c>HttpRequestHeader.Authorization</c>.</summary>
        public static bool IsAuthorization(IOperation? name, KnownTypes known) =>
            IsAuthorization(name)
            || (name != null && OperationRoots.Unwrap(name) is IFieldReferenceOperation { Field: { Name: Authorization } field } && known.Is(field.ContainingType, TypeRole.HttpRequestHeader));

        /// <summary>
        /// For <c>new AuthenticationHeaderValue("Bearer", t)</c> the token <c>t</c>; for a header string
        /// (<c>"Bearer " + t</c>, <c>$"Bearer {t}"</c>) the token part; otherwise the value itself.
        /// </summary>
        public static IOperation TokenPart(IOperation value, out TokenShape shape, TokenShape stringShape, KnownTypes known)
        {
            var unwrapped = OperationRoots.Unwrap(value);
            if (unwrapped is IObjectCreationOperation creation && creation.Arguments.Length == 2 && known.Is(creation.Type, TypeRole.AuthenticationHeaderValue))
            {
                shape = TokenShape.AuthenticationHeaderValue;
                return creation.Arguments[1].Value;
            }

            if (unwrapped is IInvocationOperation { TargetMethod: { Name: "Parse" } } parse && parse.Arguments.Length == 1
                && known.Is(parse.TargetMethod.ContainingType, TypeRole.AuthenticationHeaderValue))
            {
                unwrapped = OperationRoots.Unwrap(parse.Arguments[0].Value);
            }

            shape = stringShape;
            switch (unwrapped)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when IsBearerPrefix(binary.LeftOperand) && !binary.RightOperand.ConstantValue.HasValue:
                    return binary.RightOperand;
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length == 2
                    && interpolated.Parts[0] is IInterpolatedStringTextOperation text && IsBearerPrefix(text.Text)
                    && interpolated.Parts[1] is IInterpolationOperation hole:
                    return hole.Expression;
                default:
                    return value;
            }
        }

        private static bool IsBearerPrefix(IOperation operation) =>
            operation.ConstantValue.Value is string text && text.Trim().Equals("Bearer", StringComparison.OrdinalIgnoreCase);
    }
}
