using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>A token a request carries: the expression (or a verdict fixed by a type), where it is attached, and its context.</summary>
    internal sealed class TokenRef
    {
        public TokenRef(IOperation? operation, CallContext context, TokenShape shape, TokenVerdict? typed = null)
        {
            Operation = operation;
            Context = context;
            Shape = shape;
            Typed = typed;
        }

        /// <summary>The token expression (for header strings, the part after "Bearer ").</summary>
        public IOperation? Operation { get; }

        public CallContext Context { get; }

        public TokenShape Shape { get; }

        /// <summary>A verdict that a type settles whatever the expression is (FeishuNetSdk's UserAccessToken).</summary>
        public TokenVerdict? Typed { get; }

        /// <summary>The kind of token this is: the type's verdict, or what the expression's value says.</summary>
        public TokenVerdict Classify(Tracer tracer) =>
            Typed ?? (Operation is null ? TokenVerdict.Nothing : TokenClassifier.Classify(Operation, Context, tracer, 0));
    }
}
