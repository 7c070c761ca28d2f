using System.Collections.Concurrent;
using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>
    /// What a method of the compilation returns as a token, as a summary: computed once per method from its own
    /// body (fresh depth, no caller in view), so that it is the same whoever asks first; the parameters it returns
    /// are holes, filled per call with that call's arguments. A summary whose walk was cut (recursion, depth, budget)
    /// is used for the question that made it and never kept.
    /// </summary>
    internal static class ReturnedTokens
    {
        /// <summary>The summaries of one compilation, complete ones only.</summary>
        internal sealed class Store
        {
            public ConcurrentDictionary<IMethodSymbol, TokenVerdict> Summaries { get; } = new ConcurrentDictionary<IMethodSymbol, TokenVerdict>(SymbolEqualityComparer.Default);
        }

        /// <summary>The token this call of a method of the compilation returns: the method's summary, holes filled with the call's arguments.</summary>
        public static TokenVerdict AtCall(IInvocationOperation call, CallContext context, Tracer tracer, int depth) =>
            Fill(SummaryOf(call.TargetMethod, tracer), call, call.TargetMethod, context, tracer, depth);

        /// <summary>
        /// The token a call of an interface, abstract or virtual method returns, from the bodies it may run
        /// (<see cref="Implementations"/>): decided when every body agrees on the kind, unknown otherwise.
        /// </summary>
        /// <returns>Null when the call runs no body but its target's own (not dispatched, or nothing overrides it here).</returns>
        public static TokenVerdict? AtDispatchedCall(IInvocationOperation call, CallContext context, Tracer tracer, int depth)
        {
            var target = call.TargetMethod;
            var bodies = Implementations.Of(target, tracer.Session, tracer.CancellationToken);
            if (bodies.IsEmpty || (bodies.Length == 1 && HelperMethods.IsHelper(target)))
            {
                return null;
            }

            TokenVerdict? agreed = null;
            foreach (var body in bodies)
            {
                var verdict = Fill(SummaryOf(body, tracer), call, body, context, tracer, depth);
                if (agreed != null && agreed.Kind != verdict.Kind)
                {
                    return TokenVerdict.Of(TokenKind.Unknown, EvidenceKind.Expression, call.TargetMethod.ContainingType?.Name + "." + call.TargetMethod.Name);
                }

                agreed ??= verdict;
            }

            return agreed ?? TokenVerdict.Nothing;
        }

        /// <summary>The method's summary: the kinds its return paths decide, and holes for the parameters it returns.</summary>
        public static TokenVerdict SummaryOf(IMethodSymbol method, Tracer tracer)
        {
            method = method.OriginalDefinition;
            var summaries = tracer.Session.Store<Store>().Summaries;
            if (summaries.TryGetValue(method, out var known))
            {
                return known;
            }

            var body = tracer.Session.BodyOf(method, tracer.CancellationToken);
            if (body is null)
            {
                return TokenVerdict.Nothing;
            }

            // Recursion: the method is being summarised higher up this walk. The answer is partial (a cut), so
            // neither this nor any summary that used it is cached.
            if (!tracer.EnterMethod(method))
            {
                return TokenVerdict.Nothing;
            }

            try
            {
                var cutsBefore = tracer.Cuts;
                var summary = TokenVerdict.Nothing;
                var context = CallContext.Unbound(body, method);
                foreach (var returned in Tracer.ReturnedValues(body))
                {
                    summary = TokenVerdict.Combine(summary, TokenClassifier.Classify(returned, context, tracer, 0));
                }

                return tracer.Cuts == cutsBefore ? summaries.GetOrAdd(method, summary) : summary;
            }
            finally
            {
                tracer.LeaveMethod(method);
            }
        }

        /// <summary>
        /// A verdict with its holes filled by the arguments of <paramref name="call"/>, each judged where the call
        /// stands. A hole of another method (a lambda's parameter) stays open; an argument that tells nothing gives
        /// way to the hole's fallback (the name of what the parameter flowed into).
        /// </summary>
        /// <param name="method">The method whose body the verdict summarises (the call's target, or an implementation of it).</param>
        public static TokenVerdict Fill(TokenVerdict verdict, IInvocationOperation call, IMethodSymbol method, CallContext context, Tracer tracer, int depth)
        {
            if (verdict.Holes.IsEmpty)
            {
                return verdict;
            }

            var result = verdict.Own;
            foreach (var hole in verdict.Holes)
            {
                var argument = CallContext.ArgumentOf(call, method, hole.Parameter);
                var filled = argument is null ? TokenVerdict.Hole(hole) : TokenClassifier.Classify(argument, context.For(argument), tracer, depth + 1);
                if (hole.Fallback != null && argument != null && (filled.Kind == TokenKind.None || filled.Kind == TokenKind.Unknown))
                {
                    filled = hole.Fallback;
                }

                result = TokenVerdict.Combine(result, filled);
            }

            return result;
        }
    }
}
