using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>The kind of a token with the evidence that decided it.</summary>
    internal sealed class TokenVerdict
    {
        public static readonly TokenVerdict Nothing = new TokenVerdict(TokenKind.None, new TokenEvidence(EvidenceKind.Expression, ""));

        public TokenVerdict(TokenKind kind, TokenEvidence evidence, IParameterSymbol? deferredTo = null)
        {
            Kind = kind;
            Evidence = evidence;
            DeferredTo = deferredTo;
        }

        public TokenKind Kind { get; }

        public TokenEvidence Evidence { get; }

        /// <summary>For <see cref="TokenKind.Deferred"/>: the parameter whose callers decide.</summary>
        public IParameterSymbol? DeferredTo { get; }

        public static TokenVerdict Of(TokenKind kind, EvidenceKind evidence, string detail) => new TokenVerdict(kind, new TokenEvidence(evidence, detail));

        /// <summary>
        /// Two paths a token may take: any user token makes the site carry a user token; a parameter that the
        /// callers decide stays open; agreeing kinds stay; anything else is unknown.
        /// </summary>
        public static TokenVerdict Combine(TokenVerdict a, TokenVerdict b)
        {
            if (a.Kind == TokenKind.None)
            {
                return b;
            }

            if (b.Kind == TokenKind.None || a.Kind == b.Kind)
            {
                return a;
            }

            if (a.Kind == TokenKind.User || b.Kind == TokenKind.User)
            {
                return a.Kind == TokenKind.User ? a : b;
            }

            if (a.Kind == TokenKind.Deferred || b.Kind == TokenKind.Deferred)
            {
                return a.Kind == TokenKind.Deferred ? a : b;
            }

            return a.Kind == TokenKind.Unknown ? a : b.Kind == TokenKind.Unknown ? b : new TokenVerdict(TokenKind.Unknown, a.Evidence);
        }

        public override string ToString() => Kind + " (" + Evidence + ")";
    }
}
