using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>
    /// Where an expression is evaluated: the body it stands in, and, when that body was reached through a
    /// call of a helper, the call whose arguments give its parameters their values. The outermost context
    /// is the method being analyzed; its parameters are unbound (their callers decide).
    /// </summary>
    internal sealed class CallContext
    {
        private CallContext(IOperation root, IMethodSymbol? method, IInvocationOperation? call, CallContext? parent)
        {
            Root = root;
            Method = method;
            Call = call;
            Parent = parent;
            Depth = parent is null ? 0 : parent.Depth + 1;
        }

        /// <summary>The body operation (method body, initializer) this context evaluates in.</summary>
        public IOperation Root { get; }

        public IMethodSymbol? Method { get; }

        /// <summary>The call that entered <see cref="Method"/> from <see cref="Parent"/>; null for the outermost context.</summary>
        public IInvocationOperation? Call { get; }

        public CallContext? Parent { get; }

        public int Depth { get; }

        public static CallContext Unbound(IOperation root, IMethodSymbol? method) => new CallContext(root, method, null, null);

        public CallContext Enter(IInvocationOperation call, IMethodSymbol callee, IOperation calleeRoot) => new CallContext(calleeRoot, callee, call, this);

        /// <summary>The value a caller passed for the parameter, if this context was entered through a call.</summary>
        public IOperation? ArgumentFor(IParameterSymbol parameter)
        {
            return Call is null || Method is null ? null : ArgumentOf(Call, Method, parameter);
        }

        /// <summary>The argument <paramref name="call"/> passes for a parameter of <paramref name="method"/> (null for another method's parameter).</summary>
        public static IOperation? ArgumentOf(IInvocationOperation call, IMethodSymbol method, IParameterSymbol parameter)
        {
            if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method.OriginalDefinition))
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.ParamArray)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>This chain with the context <paramref name="levelsUp"/> above this one made the outermost, unbound.</summary>
        public CallContext TruncateAt(int levelsUp)
        {
            if (levelsUp <= 0 || Parent is null)
            {
                return Unbound(Root, Method);
            }

            return new CallContext(Root, Method, Call, Parent.TruncateAt(levelsUp - 1));
        }

        /// <summary>The context in which <paramref name="operation"/> is evaluated: this one, an enclosing one, or a fresh one for another body.</summary>
        public CallContext For(IOperation operation)
        {
            var root = OperationRoots.RootOf(operation);
            for (var context = this; context != null; context = context.Parent)
            {
                if (context.Root == root)
                {
                    return context;
                }
            }

            return Unbound(root, OperationRoots.OwnerOf(root));
        }
    }
}
