using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// MudFeishu's declarative interfaces name the token their requests carry, which its token manager then adds:
    /// <c>[Token(TokenType.TenantAccessToken, Name = "Authorization")]</c> (Mud.HttpUtils, a string) or
    /// <c>[Token(FeishuTokenType.UserAccessToken)]</c> (the older generator, an enum) on the interface or the method.
    /// </summary>
    internal static class MudTokenAttributes
    {
        /// <summary>The kind the nearest <c>[Token]</c> declares; null when none does, or it names no single kind (<c>Both</c>) or another header.</summary>
        public static TokenVerdict? VerdictOf(List<ISymbol> owners)
        {
            foreach (var owner in owners)
            {
                foreach (var attribute in owner.GetAttributes())
                {
                    if (IsTokenAttribute(attribute.AttributeClass))
                    {
                        return Declared(attribute, owner);
                    }
                }
            }

            return null;
        }

        private static bool IsTokenAttribute(INamedTypeSymbol? type) =>
            type != null && type.Name == "TokenAttribute" && TypeNames.UnderRoot(type.ContainingNamespace, "Mud");

        private static TokenVerdict? Declared(AttributeData attribute, ISymbol owner)
        {
            TypedConstant? tokenType = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0] : (TypedConstant?)null;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "TokenType":
                        tokenType = named.Value;
                        break;
                    case "InjectionMode" when NameOf(named.Value) != "Header":
                        return null;
                    case "Name" when !(named.Value.Value is string header && HeaderValues.IsAuthorizationName(header)):
                        return null;
                }
            }

            var name = tokenType is null ? null : NameOf(tokenType.Value);
            var kind = name is null ? TokenKind.None
                : name.IndexOf("Tenant", StringComparison.OrdinalIgnoreCase) >= 0 ? TokenKind.Tenant
                : name.IndexOf("User", StringComparison.OrdinalIgnoreCase) >= 0 ? TokenKind.User
                : name.IndexOf("App", StringComparison.OrdinalIgnoreCase) >= 0 ? TokenKind.App
                : TokenKind.None;
            return kind == TokenKind.None ? null : TokenVerdict.Of(kind, EvidenceKind.DeclaredTokenType, owner.Name + "'s [Token(" + name + ")]");
        }

        /// <summary>A string argument's text, or the name of an enum argument's member.</summary>
        private static string? NameOf(TypedConstant value)
        {
            if (value.Kind == TypedConstantKind.Enum && value.Type is INamedTypeSymbol enumType)
            {
                foreach (var member in enumType.GetMembers())
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value.Value))
                    {
                        return field.Name;
                    }
                }

                return null;
            }

            return value.Value as string;
        }
    }
}
