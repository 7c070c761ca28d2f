using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>
    /// The bodies a call of an interface, abstract or virtual method may run: the method's own body if it has one,
    /// and every implementation or override the compilation declares. Found on demand, once per method per
    /// compilation: only trees whose text names the interface or class are bound, and they are visited in path order
    /// so that the list does not depend on the order the compiler hands out files.
    /// </summary>
    internal static class Implementations
    {
        /// <summary>The implementations of one compilation, by the method called.</summary>
        internal sealed class Store
        {
            public ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> Found { get; } = new ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
        }

        /// <summary>Whether a call of the method may run a body other than its own (an interface, abstract or virtual member).</summary>
        public static bool IsDispatched(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary && !method.IsStatic && !method.IsSealed
            && (method.ContainingType?.TypeKind == TypeKind.Interface || method.IsAbstract || method.IsVirtual || method.IsOverride)
            && method.ContainingType?.IsSealed != true;

        /// <summary>The bodies of the compilation a call of <paramref name="method"/> may run; empty when it is not dispatched or none is declared here.</summary>
        public static ImmutableArray<IMethodSymbol> Of(IMethodSymbol method, AnalysisSession session, CancellationToken cancellationToken)
        {
            method = method.OriginalDefinition;
            if (!IsDispatched(method) || method.ContainingType is null)
            {
                return ImmutableArray<IMethodSymbol>.Empty;
            }

            return session.Store<Store>().Found.GetOrAdd(method, m => Find(m, session, cancellationToken));
        }

        private static ImmutableArray<IMethodSymbol> Find(IMethodSymbol method, AnalysisSession session, CancellationToken cancellationToken)
        {
            var owner = method.ContainingType;
            var found = new List<IMethodSymbol>();
            if (HelperMethods.IsHelper(method))
            {
                found.Add(method);
            }

            var trees = new List<SyntaxTree>(session.Compilation.SyntaxTrees);
            trees.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
            foreach (var tree in trees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TextSearch.TreeMentions(tree, owner.Name, cancellationToken))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(n => !(n is BaseMethodDeclarationSyntax)))
                {
                    if (!(node is TypeDeclarationSyntax declaration) || declaration.BaseList is null)
                    {
                        continue;
                    }

                    model ??= session.ModelFor(tree);
                    if (model?.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type
                        && !SymbolEqualityComparer.Default.Equals(type, owner)
                        && ImplementationIn(type, method) is IMethodSymbol implementation
                        && HelperMethods.IsHelper(implementation)
                        && !Contains(found, implementation))
                    {
                        found.Add(implementation);
                    }
                }
            }

            return found.ToImmutableArray();
        }

        /// <summary>The member of <paramref name="type"/> that a call of <paramref name="method"/> runs, if the type itself declares it.</summary>
        private static IMethodSymbol? ImplementationIn(INamedTypeSymbol type, IMethodSymbol method)
        {
            if (method.ContainingType.TypeKind == TypeKind.Interface)
            {
                // Possibly inherited from a base class that does not name the interface itself.
                return (type.FindImplementationForInterfaceMember(method) as IMethodSymbol)?.OriginalDefinition;
            }

            foreach (var member in type.GetMembers(method.Name))
            {
                for (var overridden = (member as IMethodSymbol)?.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
                    {
                        return ((IMethodSymbol)member).OriginalDefinition;
                    }
                }
            }

            return null;
        }

        private static bool Contains(List<IMethodSymbol> methods, IMethodSymbol method)
        {
            foreach (var known in methods)
            {
                if (SymbolEqualityComparer.Default.Equals(known, method))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
