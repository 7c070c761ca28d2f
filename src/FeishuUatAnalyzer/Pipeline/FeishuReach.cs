using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Pipeline
{
    /// <summary>
    /// Whether a compilation can reach a Feishu API at all, decided once at compilation start so that the analyzer
    /// registers nothing for the projects that cannot: it references FeishuNetSdk, its source mentions <c>open-apis</c>,
    /// or it references an assembly whose declarative client interfaces (Refit, WebApiClientCore, Mud.HttpUtils) name a Feishu route
    /// or host. Referenced assemblies are read once per module (by its version id), not once per keystroke.
    /// </summary>
    internal static class FeishuReach
    {
        private const string PathMarker = "open-apis";

        /// <summary>The attribute types whose assemblies mark a declarative client library.</summary>
        private static readonly string[] DeclarativeMarkers = { "Refit.GetAttribute", "WebApiClientCore.Attributes.HttpGetAttribute", "Mud.HttpUtils.Attributes.GetAttribute" };

        private static readonly ConcurrentDictionary<Guid, bool> ModulesMentioningFeishu = new ConcurrentDictionary<Guid, bool>();

        /// <summary>
        /// Per syntax tree, whether its text mentions <c>open-apis</c>. After a keystroke only the edited tree is new; the
        /// others are the same objects in the next compilation, so their answer is not searched again. Held weakly.
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, TreeMention> TreesMentioningPaths =
            new System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, TreeMention>();

        public static bool MayCallFeishu(Compilation compilation, CancellationToken cancellationToken)
        {
            if (compilation.GetTypeByMetadataName("FeishuNetSdk.IFeishuUserApi") != null || compilation.GetTypeByMetadataName("FeishuNetSdk.IFeishuTenantApi") != null)
            {
                return true;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TreesMentioningPaths.GetValue(tree, t => new TreeMention(Analysis.TextSearch.Contains(t.GetText(cancellationToken), PathMarker))).Mentions)
                {
                    return true;
                }
            }

            return ReferencedClientsMentionFeishu(compilation, cancellationToken);
        }

        /// <summary>A referenced assembly built on Refit or WebApiClientCore whose interfaces carry a Feishu route or host.</summary>
        private static bool ReferencedClientsMentionFeishu(Compilation compilation, CancellationToken cancellationToken)
        {
            var libraries = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
            foreach (var marker in DeclarativeMarkers)
            {
                if (compilation.GetTypeByMetadataName(marker)?.ContainingAssembly is IAssemblySymbol library)
                {
                    libraries.Add(library);
                }
            }

            if (libraries.Count == 0)
            {
                return false;
            }

            var libraryNames = new HashSet<string>(libraries.Select(l => l.Identity.Name), StringComparer.Ordinal);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (libraries.Contains(assembly) || !assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => libraryNames.Contains(reference.Name))))
                {
                    continue;
                }

                var moduleId = ModuleVersionId(compilation, assembly);
                if (moduleId is Guid id)
                {
                    if (ModulesMentioningFeishu.GetOrAdd(id, _ => Mentions(assembly.GlobalNamespace, cancellationToken)))
                    {
                        return true;
                    }
                }
                else if (Mentions(assembly.GlobalNamespace, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static Guid? ModuleVersionId(Compilation compilation, IAssemblySymbol assembly)
        {
            try
            {
                return compilation.GetMetadataReference(assembly) is PortableExecutableReference reference
                    && reference.GetMetadata() is AssemblyMetadata metadata && metadata.GetModules().Length == 1
                    ? metadata.GetModules()[0].GetModuleVersionId()
                    : (Guid?)null;
            }
            catch (Exception exception) when (exception is BadImageFormatException || exception is System.IO.IOException || exception is InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>Whether an interface under the namespace has an attribute whose string argument names a Feishu path or host.</summary>
        private static bool Mentions(INamespaceSymbol @namespace, CancellationToken cancellationToken)
        {
            foreach (var member in @namespace.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is INamespaceSymbol inner ? Mentions(inner, cancellationToken) : member is INamedTypeSymbol type && Mentions(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Mentions(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Interface)
            {
                return type.GetTypeMembers().Any(Mentions);
            }

            return NamesFeishu(type.GetAttributes()) || type.GetMembers().OfType<IMethodSymbol>().Any(method => NamesFeishu(method.GetAttributes()));
        }

        private static bool NamesFeishu(IEnumerable<AttributeData> attributes) =>
            attributes.SelectMany(attribute => attribute.ConstructorArguments)
                .Any(argument => argument.Kind == TypedConstantKind.Primitive && argument.Value is string text
                    && (text.IndexOf(PathMarker, StringComparison.Ordinal) >= 0 || text.IndexOf("open.feishu.cn", StringComparison.OrdinalIgnoreCase) >= 0
                        || text.IndexOf("open.larksuite.com", StringComparison.OrdinalIgnoreCase) >= 0));
    }

    /// <summary>A boxed answer for <see cref="FeishuReach"/>'s per-tree table.</summary>
    internal sealed class TreeMention
    {
        public TreeMention(bool mentions) => Mentions = mentions;

        public bool Mentions { get; }
    }
}
