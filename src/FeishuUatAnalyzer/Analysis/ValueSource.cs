using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Analysis
{
    internal enum ValueSourceKind
    {
        /// <summary>An expression that is its own source (a literal, a call, a creation, a member of another library).</summary>
        Opaque,

        /// <summary>A parameter of the outermost method: its callers decide.</summary>
        Parameter,
    }

    /// <summary>One expression a value may come from, with the context to evaluate it in.</summary>
    internal readonly struct ValueSource
    {
        private ValueSource(ValueSourceKind kind, IOperation operation, IParameterSymbol? parameter, CallContext context)
        {
            Kind = kind;
            Operation = operation;
            ParameterSymbol = parameter;
            Context = context;
        }

        public ValueSourceKind Kind { get; }

        public IOperation Operation { get; }

        public IParameterSymbol? ParameterSymbol { get; }

        public CallContext Context { get; }

        /// <summary>Whether this source is the traced expression itself (nothing further is known of it).</summary>
        public bool IsItself(IOperation traced) => Operation == traced || Operation.Syntax == traced.Syntax;

        public static ValueSource Opaque(IOperation operation, CallContext context) => new ValueSource(ValueSourceKind.Opaque, operation, null, context);

        public static ValueSource Parameter(IOperation operation, IParameterSymbol parameter, CallContext context) => new ValueSource(ValueSourceKind.Parameter, operation, parameter, context);
    }
}
