using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>Finds the body an operation stands in, and the method that owns it.</summary>
    internal static class OperationRoots
    {
        /// <summary>The body an operation evaluates in: the enclosing local function, or the outermost operation.</summary>
        public static IOperation RootOf(IOperation operation)
        {
            var current = operation;
            while (current.Parent != null && !(current is ILocalFunctionOperation))
            {
                current = current.Parent;
            }

            return current;
        }

        public static IMethodSymbol? OwnerOf(IOperation root)
        {
            if (root.SemanticModel is null)
            {
                return null;
            }

            return root.SemanticModel.GetDeclaredSymbol(root.Syntax) as IMethodSymbol
                ?? root.SemanticModel.GetEnclosingSymbol(root.Syntax.SpanStart) as IMethodSymbol;
        }

        /// <summary>Strips implicit and explicit conversions, which do not change what a value is.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            var current = operation;
            while (true)
            {
                switch (current)
                {
                    case IConversionOperation conversion:
                        current = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        current = parenthesized.Operand;
                        continue;
                    default:
                        return current;
                }
            }
        }

        /// <summary>The receiver of a call: its instance, or the first argument of an extension method.</summary>
        public static IOperation? Receiver(IInvocationOperation invocation)
        {
            if (invocation.Instance != null)
            {
                return invocation.Instance;
            }

            if (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == 0)
                    {
                        return argument.Value;
                    }
                }
            }

            return null;
        }

        /// <summary>The argument given for the parameter named <paramref name="name"/> (not a default value).</summary>
        public static IOperation? Argument(IInvocationOperation invocation, string name) => Argument(invocation.Arguments, name);

        public static IOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>The argument at the parameter position (ignoring the extension receiver), not a default value.</summary>
        public static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinalWithoutReceiver)
        {
            var offset = invocation.TargetMethod.IsExtensionMethod && invocation.Instance is null ? 1 : 0;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinalWithoutReceiver + offset && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>The argument whose parameter has type named <paramref name="typeName"/>.</summary>
        public static IOperation? ArgumentOfType(IInvocationOperation invocation, string typeName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.Name == typeName && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }
}
