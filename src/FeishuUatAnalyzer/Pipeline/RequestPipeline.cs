using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Pipeline
{
    /// <summary>
    /// The pipeline for one call: a call that sends a request is judged where it stands; a call of a helper
    /// method of the compilation is judged for each request the helper sends with this call's arguments,
    /// but only for what the helper itself left to its callers.
    /// </summary>
    internal static class RequestPipeline
    {
        /// <summary>What each send inside a helper comes to in the helper itself, before any caller's arguments (the same for every caller).</summary>
        internal sealed class OwnOutcomes
        {
            public ConcurrentDictionary<IInvocationOperation, OutcomeKind> Verdicts { get; } = new ConcurrentDictionary<IInvocationOperation, OutcomeKind>();
        }

        public static void Analyze(IInvocationOperation invocation, Tracer tracer, Action<Diagnostic> report)
        {
            // Bail out first on what is cheap to know: most calls neither send a request nor reach a helper that does.
            var library = SiteRecognizer.Classify(invocation.TargetMethod, tracer.Session.Known);
            var callees = library == SiteLibrary.None ? Callees(invocation, tracer) : ImmutableArray<IMethodSymbol>.Empty;
            if (library == SiteLibrary.None && (callees.IsEmpty || !AllSendRequests(callees, tracer)))
            {
                return;
            }

            var root = OperationRoots.RootOf(invocation);
            var context = CallContext.Unbound(root, OperationRoots.OwnerOf(root));
            if (library != SiteLibrary.None)
            {
                var facts = SiteRecognizer.Recognize(invocation, context, tracer);
                if (facts != null && RequestJudge.Judge(facts, tracer) is { Kind: OutcomeKind.Report } outcome)
                {
                    report(DiagnosticFactory.Create(outcome, invocation, facts, context, viaHelper: false));
                }

                return;
            }

            // A call through an interface or a virtual member runs one of several bodies: reported only when every body
            // the compilation declares comes to the same finding (the first body's, in path order, is the one shown).
            (Outcome Outcome, RequestFacts Facts, CallContext Chain)? agreed = null;
            foreach (var callee in callees)
            {
                if (!(FirstFinding(invocation, callee, context, tracer) is { } finding)
                    || (agreed != null && !Agree(agreed.Value.Outcome, finding.Outcome)))
                {
                    return;
                }

                agreed ??= finding;
            }

            if (agreed is { } shown)
            {
                report(DiagnosticFactory.Create(shown.Outcome, invocation, shown.Facts, shown.Chain, viaHelper: true, severalBodies: callees.Length > 1));
            }
        }

        /// <summary>Whether every body sends a request (itself or through its helpers): one that does not (a fake) disagrees with the others.</summary>
        private static bool AllSendRequests(ImmutableArray<IMethodSymbol> callees, Tracer tracer)
        {
            foreach (var callee in callees)
            {
                if (!MethodSummary.SendsRequests(callee, tracer))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether two bodies run by the same call come to the same rule on the same endpoint.</summary>
        private static bool Agree(Outcome first, Outcome other) =>
            first.RuleId == other.RuleId && first.Endpoint?.Display == other.Endpoint?.Display;

        /// <summary>A call that may run a body other than its target's own: through an interface, abstract or virtual member of the compilation.</summary>
        private static bool MayDispatch(IInvocationOperation invocation) =>
            invocation.IsVirtual && !invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty && Implementations.IsDispatched(invocation.TargetMethod.OriginalDefinition);

        /// <summary>The bodies a call runs: every implementation or override for a dispatched call, else the helper's own.</summary>
        private static ImmutableArray<IMethodSymbol> Callees(IInvocationOperation invocation, Tracer tracer)
        {
            var target = invocation.TargetMethod.OriginalDefinition;
            if (MayDispatch(invocation))
            {
                return Implementations.Of(target, tracer.Session, tracer.CancellationToken);
            }

            return HelperMethods.IsHelper(target) ? ImmutableArray.Create(target) : ImmutableArray<IMethodSymbol>.Empty;
        }

        /// <summary>The first request that <paramref name="callee"/>, run by this call, sends and that this call's arguments make a finding.</summary>
        private static (Outcome Outcome, RequestFacts Facts, CallContext Chain)? FirstFinding(IInvocationOperation invocation, IMethodSymbol callee, CallContext context, Tracer tracer)
        {
            foreach (var (site, chain) in Expand(invocation, callee, context, tracer, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)))
            {
                if (DecidedInside(site, chain, tracer))
                {
                    continue;
                }

                var facts = SiteRecognizer.Recognize(site, chain, tracer);
                if (facts != null && RequestJudge.Judge(facts, tracer) is { Kind: OutcomeKind.Report } outcome)
                {
                    return (outcome, facts, chain);
                }
            }

            return null;
        }

        /// <summary>The requests a helper call sends, each with the chain of calls that binds its parameters.</summary>
        private static IEnumerable<(IInvocationOperation Site, CallContext Chain)> Expand(IInvocationOperation call, IMethodSymbol callee, CallContext context, Tracer tracer, HashSet<IMethodSymbol> visiting)
        {
            callee = callee.OriginalDefinition;
            if (context.Depth >= Tracer.MaxCallDepth || !visiting.Add(callee))
            {
                tracer.Cut();
                yield break;
            }

            var summary = MethodSummary.Of(callee, tracer);
            if (summary.Body != null)
            {
                var inner = context.Enter(call, callee, summary.Body);
                foreach (var send in summary.Sends)
                {
                    yield return (send, inner);
                }

                foreach (var helperCall in summary.HelperCalls)
                {
                    foreach (var nested in Expand(helperCall, helperCall.TargetMethod, inner, tracer, visiting))
                    {
                        yield return nested;
                    }
                }
            }

            visiting.Remove(callee);
        }

        /// <summary>Whether a method inside the chain already decided the request (reported it there, or found nothing to report).</summary>
        private static bool DecidedInside(IInvocationOperation site, CallContext chain, Tracer tracer)
        {
            // The helper's own verdict is the same for every caller: computed once.
            // Cached only when the walk was whole (see Tracer.Cuts).
            if (!tracer.Session.Store<OwnOutcomes>().Verdicts.TryGetValue(site, out var own))
            {
                var cutsBefore = tracer.Cuts;
                var facts = SiteRecognizer.Recognize(site, chain.TruncateAt(0), tracer);
                own = facts is null ? OutcomeKind.None : RequestJudge.Judge(facts, tracer).Kind;
                if (tracer.Cuts == cutsBefore)
                {
                    own = tracer.Session.Store<OwnOutcomes>().Verdicts.GetOrAdd(site, own);
                }
            }

            if (own != OutcomeKind.Deferred)
            {
                return true;
            }

            for (var levels = 1; levels < chain.Depth; levels++)
            {
                var truncated = chain.TruncateAt(levels);
                var facts = SiteRecognizer.Recognize(site, truncated, tracer);
                if (facts is null || RequestJudge.Judge(facts, tracer).Kind != OutcomeKind.Deferred)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
