using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// What a method of the compilation does that matters to its callers: the calls in its body that send a
    /// request, and the calls of other methods of the compilation (which may). Built once per method per
    /// compilation; the values of its parameters are filled in per call.
    /// </summary>
    internal sealed class MethodSummary
    {
        public static readonly MethodSummary Empty = new MethodSummary(null, ImmutableArray<IInvocationOperation>.Empty, ImmutableArray<IInvocationOperation>.Empty);

        private MethodSummary(IOperation? body, ImmutableArray<IInvocationOperation> sends, ImmutableArray<IInvocationOperation> helperCalls)
        {
            Body = body;
            Sends = sends;
            HelperCalls = helperCalls;
        }

        public IOperation? Body { get; }

        /// <summary>The summaries of one compilation, and whether each method sends requests (through its helpers too).</summary>
        internal sealed class Store
        {
            public ConcurrentDictionary<IMethodSymbol, MethodSummary> Summaries { get; } = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);

            public ConcurrentDictionary<IMethodSymbol, bool> SendsRequests { get; } = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        }

        public ImmutableArray<IInvocationOperation> Sends { get; }

        public ImmutableArray<IInvocationOperation> HelperCalls { get; }

        public static MethodSummary Of(IMethodSymbol method, Tracer tracer)
        {
            method = method.OriginalDefinition;
            return tracer.Session.Store<Store>().Summaries.GetOrAdd(method, m => Build(m, tracer));
        }

        /// <summary>Whether the method sends a request itself or through the helpers it calls (bounded, cycle-safe, once per method).</summary>
        public static bool SendsRequests(IMethodSymbol method, Tracer tracer)
        {
            method = method.OriginalDefinition;
            if (tracer.Session.Store<Store>().SendsRequests.TryGetValue(method, out var known))
            {
                return known;
            }

            var cut = false;
            var sends = SendsRequests(method, tracer, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0, ref cut);

            // A send found is found for everyone; "none" is cached only when the depth limit did not hide one.
            if (sends || !cut)
            {
                tracer.Session.Store<Store>().SendsRequests.TryAdd(method, sends);
            }

            return sends;
        }

        private static bool SendsRequests(IMethodSymbol method, Tracer tracer, HashSet<IMethodSymbol> visiting, int depth, ref bool cut)
        {
            var summary = Of(method, tracer);
            if (!summary.Sends.IsEmpty)
            {
                return true;
            }

            if (summary.HelperCalls.IsEmpty || !visiting.Add(method.OriginalDefinition))
            {
                return false;
            }

            if (depth >= Tracer.MaxCallDepth)
            {
                cut = true;
                return false;
            }

            foreach (var call in summary.HelperCalls)
            {
                var callee = call.TargetMethod.OriginalDefinition;
                if (tracer.Session.Store<Store>().SendsRequests.TryGetValue(callee, out var known) ? known : SendsRequests(callee, tracer, visiting, depth + 1, ref cut))
                {
                    return true;
                }
            }

            return false;
        }

        private static MethodSummary Build(IMethodSymbol method, Tracer tracer)
        {
            var body = tracer.Session.BodyOf(method, tracer.CancellationToken);
            if (body is null)
            {
                return Empty;
            }

            var sends = ImmutableArray.CreateBuilder<IInvocationOperation>();
            var helpers = ImmutableArray.CreateBuilder<IInvocationOperation>();
            foreach (var operation in body.Descendants())
            {
                if (!(operation is IInvocationOperation invocation))
                {
                    continue;
                }

                if (SiteRecognizer.Classify(invocation.TargetMethod, tracer.Session.Known) != SiteLibrary.None)
                {
                    sends.Add(invocation);
                }
                else if (HelperMethods.IsHelper(invocation.TargetMethod) && !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method))
                {
                    helpers.Add(invocation);
                }
            }

            return sends.Count == 0 && helpers.Count == 0 ? new MethodSummary(body, ImmutableArray<IInvocationOperation>.Empty, ImmutableArray<IInvocationOperation>.Empty)
                : new MethodSummary(body, sends.ToImmutable(), helpers.ToImmutable());
        }
    }
}
