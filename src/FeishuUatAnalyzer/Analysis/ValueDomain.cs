using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>
    /// The one way the analysis evaluates a value over IOperation, parameterised by what it looks for (a URL, an HTTP
    /// verb, the kind of a token): constants, the depth and budget check, conversions unwrapped, and the values a
    /// local, parameter, field or property may hold, followed to their sources and joined path by path. Each
    /// evaluator is a domain that says what a constant is, which operations it reads itself, and how paths join.
    /// </summary>
    internal abstract class ValueDomain<T>
    {
        public T Evaluate(IOperation operation, CallContext context, Tracer tracer, int depth)
        {
            if (operation.ConstantValue.HasValue)
            {
                return Constant(operation);
            }

            if (!tracer.Within(depth))
            {
                return Unknown(operation);
            }

            operation = OperationRoots.Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                return Constant(operation);
            }

            if (TryRead(operation, context, tracer, depth, out var value))
            {
                return value;
            }

            return operation.Kind == OperationKind.LocalReference || operation.Kind == OperationKind.ParameterReference
                || operation.Kind == OperationKind.FieldReference || operation.Kind == OperationKind.PropertyReference
                ? FromSources(operation, context, tracer, depth)
                : Unknown(operation);
        }

        /// <summary>The values the referenced local, parameter, field or property may hold (<see cref="Tracer.Sources"/>), joined.</summary>
        public T FromSources(IOperation operation, CallContext context, Tracer tracer, int depth)
        {
            var any = false;
            var joined = default(T)!;
            foreach (var source in tracer.Sources(operation, context, depth: depth))
            {
                T value;
                if (source.Kind == ValueSourceKind.Parameter)
                {
                    value = Unbound(source, tracer);
                }
                else if (source.IsItself(operation))
                {
                    if (SkipsItself)
                    {
                        continue;
                    }

                    value = Unknown(operation);
                }
                else
                {
                    value = Evaluate(source.Operation, source.Context, tracer, depth + 1);
                }

                if (Accumulate(ref joined, ref any, value))
                {
                    return joined;
                }
            }

            return any ? joined : NoSource(operation);
        }

        /// <summary>The values of several alternatives (the arms of <c>c ? a : b</c>, of a switch expression), joined as paths are.</summary>
        public T JoinAll(IEnumerable<IOperation> alternatives, CallContext context, Tracer tracer, int depth)
        {
            var any = false;
            var joined = default(T)!;
            foreach (var alternative in alternatives)
            {
                if (Accumulate(ref joined, ref any, Evaluate(alternative, context, tracer, depth + 1)))
                {
                    break;
                }
            }

            return joined;
        }

        /// <summary>Joins one more path into <paramref name="joined"/>; true when the answer is settled and the rest need not be read.</summary>
        private bool Accumulate(ref T joined, ref bool any, T value)
        {
            var settled = false;
            joined = any ? Join(joined, value, out settled) : value;
            any = true;
            return settled || Settles(joined);
        }

        /// <summary>What a compile-time constant means here.</summary>
        protected abstract T Constant(IOperation operation);

        /// <summary>Nothing is known: past the depth limit or the budget, or an operation this domain does not read.</summary>
        protected abstract T Unknown(IOperation operation);

        /// <summary>The operations this domain reads itself; false leaves references to their sources and the rest unknown.</summary>
        protected abstract bool TryRead(IOperation operation, CallContext context, Tracer tracer, int depth, out T value);

        /// <summary>A parameter of the outermost method (no caller in the chain decides it).</summary>
        protected abstract T Unbound(ValueSource parameter, Tracer tracer);

        /// <summary>Two paths a value may take; <paramref name="settled"/> when no further path can change the answer.</summary>
        protected abstract T Join(T joined, T next, out bool settled);

        /// <summary>Whether a value already decides the answer, whatever the other paths hold (a search that found what it looks for).</summary>
        protected virtual bool Settles(T value) => false;

        /// <summary>No source at all (a reference never assigned).</summary>
        protected virtual T NoSource(IOperation operation) => Unknown(operation);

        /// <summary>Whether a source that is the expression itself tells nothing (skipped) rather than "unknown".</summary>
        protected virtual bool SkipsItself => false;
    }
}
