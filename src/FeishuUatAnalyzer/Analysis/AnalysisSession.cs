using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>
    /// Everything the analysis of one compilation shares: the catalogue, the token-name rules, and caches
    /// of bodies, summaries and callers, so that each method is read once whatever the number of its callers.
    /// </summary>
    internal sealed class AnalysisSession
    {
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> _bodies = new ConcurrentDictionary<IMethodSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<Type, object> _stores = new ConcurrentDictionary<Type, object>();
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _hasCallers = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        /// <param name="readRequest">How a call is read as a request (the site recognizers, a later stage, handed in here).</param>
        public AnalysisSession(Compilation compilation, EndpointCatalogue catalogue, TokenNameRules names, RequestReader readRequest)
        {
            Compilation = compilation;
            Catalogue = catalogue;
            Names = names;
            ReadRequest = readRequest;
        }

        /// <summary>Whether a call sends a request and which token its answer is; see <see cref="RequestReader"/>.</summary>
        public RequestReader ReadRequest { get; }

        public Compilation Compilation { get; }

        public EndpointCatalogue Catalogue { get; }

        public TokenNameRules Names { get; }

        /// <summary>Which types belong to which supported library, decided once per type.</summary>
        public Symbols.KnownTypes Known { get; } = new Symbols.KnownTypes();

        /// <summary>The operations that reference a field or property, across its type (computed once per member).</summary>
        public ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> MemberReferences { get; } = new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>The values a field or property is given across its type (computed once per member).</summary>
        public ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> MemberValues { get; } = new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// A per-compilation store owned by a later stage (the token summaries, the helpers' own outcomes): the session
        /// holds it without knowing its type, so that this stage does not depend on the stages that use it.
        /// </summary>
        public T Store<T>()
            where T : class, new() =>
            (T)_stores.GetOrAdd(typeof(T), _ => new T());

        public SemanticModel? ModelFor(SyntaxTree tree)
        {
            if (!Compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

#pragma warning disable RS1030 // Helpers and token sources live in other files: their bodies need a model; each is made once per compilation.
            return _models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
        }

        /// <summary>The body of a method declared in this compilation, as an operation; null for metadata, abstract and extern methods.</summary>
        public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.OriginalDefinition;
            if (method.DeclaringSyntaxReferences.IsEmpty)
            {
                return null;
            }

            return _bodies.GetOrAdd(method, m =>
            {
                foreach (var reference in m.DeclaringSyntaxReferences)
                {
                    var node = reference.GetSyntax(cancellationToken);
                    var bodyNode = node switch
                    {
                        BaseMethodDeclarationSyntax declaration when declaration.Body != null || declaration.ExpressionBody != null => node,
                        LocalFunctionStatementSyntax local when local.Body != null || local.ExpressionBody != null => node,
                        AccessorDeclarationSyntax accessor when accessor.Body != null || accessor.ExpressionBody != null => node,
                        ArrowExpressionClauseSyntax => node,
                        _ => null,
                    };
                    if (bodyNode is null)
                    {
                        continue;
                    }

                    var model = ModelFor(bodyNode.SyntaxTree);
                    var operation = model?.GetOperation(bodyNode, cancellationToken);
                    if (operation != null)
                    {
                        return operation;
                    }
                }

                return null;
            });
        }

        /// <summary>
        /// The bodies and initializers of a type (all its partial declarations) whose text names <paramref name="name"/>:
        /// tracing one field binds only the members that mention it, not the whole type.
        /// </summary>
        public ImmutableArray<IOperation> BodiesMentioning(INamedTypeSymbol type, string name, CancellationToken cancellationToken)
        {
            var builder = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var reference in type.OriginalDefinition.DeclaringSyntaxReferences)
            {
                if (!(reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var member in declaration.Members)
                {
                    if (!Mentions(member, name))
                    {
                        continue;
                    }

                    model ??= ModelFor(declaration.SyntaxTree);
                    if (model is null)
                    {
                        break;
                    }

                    foreach (var node in BodyNodes(member))
                    {
                        var operation = model.GetOperation(node, cancellationToken);
                        if (operation != null)
                        {
                            builder.Add(operation);
                        }
                    }
                }
            }

            return builder.ToImmutable();
        }

        private static bool Mentions(MemberDeclarationSyntax member, string name)
        {
            foreach (var token in member.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether any invocation in the compilation calls the method (delegates and `new` do not count).</summary>
        public bool HasCallers(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.OriginalDefinition;
            if (method.MethodKind != MethodKind.Ordinary && method.MethodKind != MethodKind.LocalFunction)
            {
                return false;
            }

            return _hasCallers.GetOrAdd(method, m => FindCaller(m, cancellationToken));
        }

        /// <summary>
        /// Looks for one call of the method, on demand: only where it can be called from (a private method or local
        /// function: its type's or method's own declarations), only in trees whose text names it, cancellable. No index
        /// of the whole compilation is built, so an edit elsewhere costs nothing here.
        /// </summary>
        private bool FindCaller(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var calledAs = CalledAs(method);
            foreach (var (tree, declaration) in ScopesThatMayCall(method, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();

                // The text first: a tree that does not name the method is neither parsed nor bound.
                if (!TextSearch.TreeMentions(tree, method.Name, cancellationToken))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in (declaration ?? tree.GetRoot(cancellationToken)).DescendantNodes())
                {
                    if (!(node is InvocationExpressionSyntax invocation) || CalledName(invocation.Expression) != method.Name)
                    {
                        continue;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    model ??= ModelFor(tree);
                    var symbol = model?.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol;
                    var target = symbol?.ReducedFrom ?? symbol;
                    if (target != null && calledAs.Contains(target.OriginalDefinition))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The method and the members a call may reach it through: the methods it overrides and the interface members it
        /// implements (<c>lookup.FindAsync(id, token)</c> on an <c>IRoomLookup</c> is a caller of <c>RoomLookup.FindAsync</c>).
        /// </summary>
        private static HashSet<IMethodSymbol> CalledAs(IMethodSymbol method)
        {
            var targets = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
            for (var overridden = method.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                targets.Add(overridden.OriginalDefinition);
            }

            if (method.MethodKind == MethodKind.Ordinary && !method.IsStatic && method.ContainingType is INamedTypeSymbol type)
            {
                foreach (var contract in type.AllInterfaces)
                {
                    foreach (var member in contract.GetMembers(method.Name))
                    {
                        if (member is IMethodSymbol required
                            && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(required)?.OriginalDefinition, method))
                        {
                            targets.Add(required.OriginalDefinition);
                        }
                    }
                }
            }

            return targets;
        }

        /// <summary>Where a call of the method can be: a declaration (its type's, for a private method; its method's, for a local function), or a whole tree (null).</summary>
        private IEnumerable<(SyntaxTree Tree, SyntaxNode? Declaration)> ScopesThatMayCall(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var owner = method.MethodKind == MethodKind.LocalFunction ? method.ContainingSymbol
                : method.DeclaredAccessibility == Accessibility.Private ? method.ContainingType
                : null;
            if (owner != null)
            {
                foreach (var reference in owner.DeclaringSyntaxReferences)
                {
                    yield return (reference.SyntaxTree, reference.GetSyntax(cancellationToken));
                }

                yield break;
            }

            // One caller is enough: the files that declare the method's type first (callers are often beside it), then the rest.
            var own = new HashSet<SyntaxTree>();
            foreach (var reference in method.ContainingType?.DeclaringSyntaxReferences ?? ImmutableArray<SyntaxReference>.Empty)
            {
                if (own.Add(reference.SyntaxTree))
                {
                    yield return (reference.SyntaxTree, null);
                }
            }

            foreach (var tree in Compilation.SyntaxTrees)
            {
                if (!own.Contains(tree))
                {
                    yield return (tree, null);
                }
            }
        }

        /// <summary>The name a call is written with (<c>F(...)</c>, <c>x.F(...)</c>, <c>x?.F(...)</c>, <c>F&lt;T&gt;(...)</c>), before binding.</summary>
        public static string? CalledName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        private static IEnumerable<SyntaxNode> BodyNodes(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    if (method.Body != null || method.ExpressionBody != null)
                    {
                        yield return method;
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    if (property.ExpressionBody != null)
                    {
                        yield return property.ExpressionBody;
                    }

                    if (property.Initializer != null)
                    {
                        yield return property.Initializer;
                    }

                    if (property.AccessorList != null)
                    {
                        foreach (var accessor in property.AccessorList.Accessors)
                        {
                            if (accessor.Body != null || accessor.ExpressionBody != null)
                            {
                                yield return accessor;
                            }
                        }
                    }

                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer != null)
                        {
                            yield return variable.Initializer;
                        }
                    }

                    break;
            }
        }
    }
}
