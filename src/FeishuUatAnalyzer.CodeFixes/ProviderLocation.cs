using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>
    /// Where <c>FeishuTenantTokenProvider</c> is, or will be, in a project. Decided before any call site is planned,
    /// because the call sites name the provider by its namespace.
    /// </summary>
    internal sealed class ProviderLocation
    {
        /// <summary>The namespace for a generated provider when the project names none and the provider is appended to a file.</summary>
        public const string FallbackNamespace = "FeishuTenantTokens";

        private ProviderLocation(string? @namespace, bool exists, ProviderLayout layout, DocumentId? appendTo, IReadOnlyList<ProviderMethod>? methods = null)
        {
            Methods = methods ?? Array.Empty<ProviderMethod>();
            Namespace = @namespace;
            Exists = exists;
            Layout = layout;
            AppendTo = appendTo;
        }

        /// <summary>Its namespace, or null for the global namespace.</summary>
        public string? Namespace { get; }

        /// <summary>The public methods of the provider the project already has (one written by an earlier version may lack some).</summary>
        public IReadOnlyList<ProviderMethod> Methods { get; }

        /// <summary>Whether the project already has it (an earlier fix, or its own).</summary>
        public bool Exists { get; }

        /// <summary>How a generated provider is written.</summary>
        public ProviderLayout Layout { get; }

        /// <summary>The document a generated provider is appended to (under dotnet format), or null for a new document.</summary>
        public DocumentId? AppendTo { get; }

        /// <summary>Whether a provider can be generated at all: a fix that needs one and cannot have it is not made.</summary>
        public bool CanGenerate => Exists || Layout == ProviderLayout.NewFile || Layout == ProviderLayout.NewFileFileScoped || AppendTo != null;

        public string QualifiedName => "global::" + (string.IsNullOrEmpty(Namespace) ? "" : Namespace + ".") + ProviderSource.TypeName;

        public static async Task<ProviderLocation> LocateAsync(Project project, Compilation compilation, IEnumerable<DocumentId> documentsToFix, CancellationToken cancellationToken)
        {
            foreach (var symbol in compilation.GetSymbolsWithName(ProviderSource.TypeName, SymbolFilter.Type, cancellationToken))
            {
                if (symbol is INamedTypeSymbol type && type.ContainingType is null
                    && type.GetMembers(ProviderSource.GetTokenAsyncMethod).Any() && type.GetMembers(ProviderSource.GetTokenMethod).Any())
                {
                    var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
                    var methods = type.GetMembers().OfType<IMethodSymbol>()
                        .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.MethodKind == MethodKind.Ordinary)
                        .Select(m => new ProviderMethod(m.Name, m.Parameters.Count(p => !p.IsOptional), m.Parameters.Length))
                        .ToList();
                    return new ProviderLocation(ns, exists: true, ProviderLayout.NewFile, appendTo: null, methods);
                }
            }

            var defaultNamespace = ValidNamespace(project.DefaultNamespace);
            if (!SolutionRewriter.AppendsProvider(project.Solution))
            {
                var fileScoped = await UsesFileScopedNamespacesAsync(project, documentsToFix, cancellationToken).ConfigureAwait(false);
                return new ProviderLocation(defaultNamespace, exists: false, fileScoped ? ProviderLayout.NewFileFileScoped : ProviderLayout.NewFile, appendTo: null);
            }

            // The first of the documents to fix, by path, so that the same fix always edits the same file.
            var candidates = documentsToFix.Distinct()
                .Select(id => project.GetDocument(id))
                .Where(document => document != null)
                .OrderBy(document => document!.FilePath ?? document.Name, StringComparer.Ordinal)
                .ThenBy(document => document!.Name, StringComparer.Ordinal);
            foreach (var document in candidates)
            {
                // A file with syntax errors is no place to add a type: where it would land cannot be told.
                if (!(await document!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit) || unit.ContainsDiagnostics)
                {
                    continue;
                }

                // Counted at every depth: a second `namespace Y;` parses as a member of the first (CS8954 comes later).
                var namespaces = unit.DescendantNodes(node => node is CompilationUnitSyntax || node is BaseNamespaceDeclarationSyntax)
                    .OfType<BaseNamespaceDeclarationSyntax>()
                    .ToList();
                var fileScopedNamespaces = namespaces.OfType<FileScopedNamespaceDeclarationSyntax>().ToList();
                if (fileScopedNamespaces.Count == 1 && namespaces.Count == 1)
                {
                    // Everything after `namespace X;` is in X: the provider joins it.
                    return new ProviderLocation(fileScopedNamespaces[0].Name.ToString(), exists: false, ProviderLayout.AppendedToFileScoped, document.Id);
                }

                if (fileScopedNamespaces.Count == 0)
                {
                    // Its own namespace block holds its using directives.
                    return new ProviderLocation(defaultNamespace ?? FallbackNamespace, exists: false, ProviderLayout.AppendedBlock, document.Id);
                }
            }

            return new ProviderLocation(defaultNamespace, exists: false, ProviderLayout.AppendedBlock, appendTo: null);
        }

        private static string? ValidNamespace(string? name)
        {
            if (string.IsNullOrEmpty(name) || !name!.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None))
            {
                return null;
            }

            return name;
        }

        /// <summary>A new file follows the style of the files being fixed: file-scoped when they are and the language has it.</summary>
        private static async Task<bool> UsesFileScopedNamespacesAsync(Project project, IEnumerable<DocumentId> documentsToFix, CancellationToken cancellationToken)
        {
            if (!(project.ParseOptions is CSharpParseOptions options) || options.LanguageVersion < LanguageVersion.CSharp10)
            {
                return false;
            }

            var any = false;
            foreach (var id in documentsToFix.Distinct())
            {
                var document = project.GetDocument(id);
                if (document is null || !(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit))
                {
                    continue;
                }

                if (unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(ns => !(ns is FileScopedNamespaceDeclarationSyntax)))
                {
                    return false;
                }

                any |= unit.Members.OfType<FileScopedNamespaceDeclarationSyntax>().Any();
            }

            return any;
        }
    }

    /// <summary>A method of an existing provider: its name and how many arguments it takes.</summary>
    internal readonly struct ProviderMethod
    {
        public ProviderMethod(string name, int minArguments, int maxArguments)
        {
            Name = name;
            MinArguments = minArguments;
            MaxArguments = maxArguments;
        }

        public string Name { get; }

        public int MinArguments { get; }

        public int MaxArguments { get; }
    }
}
