using System;
using System.Collections.Generic;
using System.Threading;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// The token of a declarative interface method that takes none as a parameter: declared on the interface or the
    /// method (MudFeishu's <c>[Token(...)]</c>, WebApiClientCore's <c>[OAuthToken]</c> and filter attributes) or set
    /// where the client is made (Refit's <c>AuthorizationHeaderValueGetter</c>). Declared far from the call, it is fixed by hand.
    /// </summary>
    internal static class DeclaredTokens
    {
        public static TokenRef? Of(IInvocationOperation invocation, CallContext context, Tracer tracer)
        {
            var owners = Owners(invocation);
            var verdict = MudTokenAttributes.VerdictOf(owners)
                ?? WebApiTokenSources.VerdictOf(owners, tracer)
                ?? RefitAuthorizationGetters.VerdictOf(owners, tracer);
            return verdict is null ? null : new TokenRef(null, context, TokenShape.DeclaredTokenSource, verdict);
        }

        /// <summary>Where a declaration applies, nearest first: the method, the interface it is called through, the interface that declares it.</summary>
        private static List<ISymbol> Owners(IInvocationOperation invocation)
        {
            var owners = new List<ISymbol> { invocation.TargetMethod.OriginalDefinition };
            if (OperationRoots.Receiver(invocation)?.Type is INamedTypeSymbol { TypeKind: TypeKind.Interface } receiver)
            {
                owners.Add(receiver.OriginalDefinition);
            }

            if (invocation.TargetMethod.ContainingType is INamedTypeSymbol declaring && !SymbolEqualityComparer.Default.Equals(owners[owners.Count - 1], declaring.OriginalDefinition))
            {
                owners.Add(declaring.OriginalDefinition);
            }

            return owners;
        }

        /// <summary>
        /// The kind the sources registered for one interface give (null for a source whose kind cannot be read). Only
        /// one of them serves a given client, and the analysis cannot tell which: they must agree, or the kind is
        /// unknown. A source that cannot be read says nothing alone, and leaves the kind open beside others. Of agreeing
        /// ones the evidence that sorts first is kept, so that the message does not depend on the order of the files.
        /// </summary>
        public static TokenVerdict? Agreeing(List<TokenVerdict?> verdicts, string owner)
        {
            TokenVerdict? chosen = null;
            var unread = false;
            foreach (var verdict in verdicts)
            {
                if (verdict is null)
                {
                    unread = true;
                    continue;
                }

                if (chosen != null && verdict.Kind != chosen.Kind)
                {
                    return TokenVerdict.Of(TokenKind.Unknown, EvidenceKind.DisagreeingSources, owner);
                }

                if (chosen is null || string.CompareOrdinal(verdict.Evidence.Kind + verdict.Evidence.Detail, chosen.Evidence.Kind + chosen.Evidence.Detail) < 0)
                {
                    chosen = verdict;
                }
            }

            return chosen != null && unread ? TokenVerdict.Of(TokenKind.Unknown, EvidenceKind.DisagreeingSources, owner) : chosen;
        }

        /// <summary>
        /// The kind a value in a provider's or getter's body has, on its own evidence: what its parameters receive
        /// (DI, the library) is not known, so a value that depends on them has no kind here.
        /// </summary>
        public static TokenVerdict? KindOf(IOperation value, Tracer tracer)
        {
            var verdict = TokenClassifier.Classify(value, CallContext.Unbound(OperationRoots.RootOf(value), OperationRoots.OwnerOf(OperationRoots.RootOf(value))), tracer, 0).Own;
            return verdict.Kind == TokenKind.None ? null : verdict;
        }

        /// <summary>
        /// The calls named <paramref name="names"/> in the trees whose text names <paramref name="word"/>, bound only
        /// when the name matches: the registrations a store reads once per compilation, in file and text order.
        /// </summary>
        public static List<IInvocationOperation> CallsNamed(AnalysisSession session, string word, Func<string, bool> names, CancellationToken cancellationToken)
        {
            var calls = new List<IInvocationOperation>();
            foreach (var tree in session.Compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!TextSearch.TreeMentions(tree, word, cancellationToken))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax invocation && AnalysisSession.CalledName(invocation.Expression) is string name && names(name))
                    {
                        model ??= session.ModelFor(tree);
                        if (model?.GetOperation(invocation, cancellationToken) is IInvocationOperation operation)
                        {
                            calls.Add(operation);
                        }
                    }
                }
            }

            return calls;
        }
    }
}
