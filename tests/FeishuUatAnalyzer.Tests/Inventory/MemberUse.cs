using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>
    /// Whether a snippet really uses its row's member: a call, a property or indexer, a constructor (also as an
    /// attribute or a <c>base(...)</c>), an override of it, or a member of a base type reached through the row's type
    /// (<c>((HttpWebRequest)r).GetResponse()</c> binds to WebRequest's virtual method).
    /// </summary>
    internal static class MemberUse
    {
        public static bool Uses(SemanticModel model, InventoryMember row)
        {
            foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
            {
                if (node is MethodDeclarationSyntax declaration
                    && model.GetDeclaredSymbol(declaration) is IMethodSymbol declared
                    && Overrides(declared, row))
                {
                    return true;
                }

                var symbol = model.GetSymbolInfo(node).Symbol;
                if (symbol is null)
                {
                    continue;
                }

                symbol = (symbol as IMethodSymbol)?.ReducedFrom ?? symbol;
                if (!Named(symbol, row))
                {
                    continue;
                }

                if (IsRowType(symbol.ContainingType, row))
                {
                    return true;
                }

                // A base type's member reached through the row's type.
                if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node && IsRowType(model.GetTypeInfo(access.Expression).Type, row))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsRowMember(ISymbol symbol, InventoryMember row) => Named(symbol, row) && IsRowType(symbol.ContainingType, row);

        private static bool Overrides(IMethodSymbol method, InventoryMember row)
        {
            for (var overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                if (Named(overridden, row) && IsRowType(overridden.ContainingType, row))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Named(ISymbol symbol, InventoryMember row) => MemberInventory.NameOf(symbol) == row.Member;

        /// <summary>
        /// The row's type, or an extension block nested in it: under C# 14 (Roslyn 5) a call of RestSharp 114's extension
        /// methods binds to the member of the unnamed block its class declares, not to the class itself.
        /// </summary>
        private static bool IsRowType(ITypeSymbol? type, InventoryMember row) =>
            type != null
            && (type.OriginalDefinition.ToDisplayString() == row.Type
                || (!type.CanBeReferencedByName && type.ContainingType != null && IsRowType(type.ContainingType, row)));
    }
}
