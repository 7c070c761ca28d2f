using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Symbols
{
    /// <summary>
    /// Recognises a library's types by namespace and name together (a type of the user's own called <c>Uri</c> is not
    /// System.Uri), without allocating: namespaces are compared segment by segment, never through ToDisplayString().
    /// </summary>
    internal static class TypeNames
    {
        /// <summary>Whether <paramref name="type"/> is <paramref name="namespace"/>.<paramref name="name"/> (any arity).</summary>
        public static bool Is(ITypeSymbol? type, string @namespace, string name) =>
            type != null && type.Name == name && type.ContainingType is null && InNamespace(type.ContainingNamespace, @namespace);

        /// <summary>Whether <paramref name="ns"/> is exactly the dotted namespace <paramref name="dotted"/>.</summary>
        public static bool InNamespace(INamespaceSymbol? ns, string dotted)
        {
            var end = dotted.Length;
            for (var current = ns; current != null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
            {
                var name = current.Name;
                var start = end - name.Length;
                if (start < 0 || string.CompareOrdinal(dotted, start, name, 0, name.Length) != 0)
                {
                    return false;
                }

                if (start == 0)
                {
                    return current.ContainingNamespace is null || current.ContainingNamespace.IsGlobalNamespace;
                }

                if (dotted[start - 1] != '.')
                {
                    return false;
                }

                end = start - 1;
            }

            return end == 0;
        }

        /// <summary>Whether <paramref name="ns"/> is <paramref name="root"/> (a single top-level name) or inside it.</summary>
        public static bool UnderRoot(INamespaceSymbol? ns, string root)
        {
            INamespaceSymbol? outermost = null;
            for (var current = ns; current != null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
            {
                outermost = current;
            }

            return outermost != null && outermost.Name == root;
        }
    }
}
