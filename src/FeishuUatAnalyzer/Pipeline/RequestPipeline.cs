using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
            var target = invocation.TargetMethod;
            var library = SiteRecognizer.Classify(target, tracer.Session.Known);
            if (library == SiteLibrary.None && (!HelperMethods.IsHelper(target) || !MethodSummary.SendsRequests(target, tracer)))
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

            foreach (var (site, chain) in Expand(invocation, context, tracer, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default)))
            {
                if (DecidedInside(site, chain, tracer))
                {
                    continue;
                }

                var facts = SiteRecognizer.Recognize(site, chain, tracer);
                if (facts != null && RequestJudge.Judge(facts, tracer) is { Kind: OutcomeKind.Report } outcome)
                {
                    report(DiagnosticFactory.Create(outcome, invocation, facts, chain, viaHelper: true));
                    return;
                }
            }
        }

        /// <summary>The requests a helper call sends, each with the chain of calls that binds its parameters.</summary>
        private static IEnumerable<(IInvocationOperation Site, CallContext Chain)> Expand(IInvocationOperation call, CallContext context, Tracer tracer, HashSet<IMethodSymbol> visiting)
        {
            var callee = call.TargetMethod.OriginalDefinition;
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
                    foreach (var nested in Expand(helperCall, inner, tracer, visiting))
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
