using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>
    /// The kind of a token with the evidence that decided it. A verdict has two parts: what its paths decide
    /// themselves (the own kind), and the parameters whose arguments decide the rest (holes). A caller fills the
    /// holes with its arguments (<see cref="ReturnedTokens.Fill"/>); with no caller to ask, a verdict with holes
    /// is <see cref="TokenKind.Deferred"/>.
    /// </summary>
    internal sealed class TokenVerdict
    {
        public static readonly TokenVerdict Nothing = new TokenVerdict(TokenKind.None, new TokenEvidence(EvidenceKind.Expression, ""));

        private readonly TokenKind _ownKind;
        private readonly TokenEvidence _ownEvidence;

        public TokenVerdict(TokenKind kind, TokenEvidence evidence)
            : this(kind, evidence, ImmutableArray<TokenHole>.Empty)
        {
        }

        private TokenVerdict(TokenKind ownKind, TokenEvidence ownEvidence, ImmutableArray<TokenHole> holes)
        {
            _ownKind = ownKind;
            _ownEvidence = ownEvidence;

            // A user path makes the whole a user token whatever the holes hold: they need no filling.
            Holes = ownKind == TokenKind.User ? ImmutableArray<TokenHole>.Empty : holes;
        }

        /// <summary>User when any path is; Deferred while a hole is open; else the own kind.</summary>
        public TokenKind Kind => Holes.IsEmpty ? _ownKind : TokenKind.Deferred;

        /// <summary>The evidence of the kind: for a Deferred verdict, the first open parameter.</summary>
        public TokenEvidence Evidence => Holes.IsEmpty ? _ownEvidence : Holes[0].Evidence;

        /// <summary>For <see cref="TokenKind.Deferred"/>: the (first) parameter whose callers decide.</summary>
        public IParameterSymbol? DeferredTo => Holes.IsEmpty ? null : Holes[0].Parameter;

        /// <summary>The parameters whose arguments decide the paths this verdict leaves open, in source order.</summary>
        public ImmutableArray<TokenHole> Holes { get; }

        /// <summary>What the paths decide by themselves, holes left out.</summary>
        public TokenVerdict Own => Holes.IsEmpty ? this : new TokenVerdict(_ownKind, _ownEvidence);

        public static TokenVerdict Of(TokenKind kind, EvidenceKind evidence, string detail) => new TokenVerdict(kind, new TokenEvidence(evidence, detail));

        /// <summary>A value that is the parameter itself: its callers decide.</summary>
        public static TokenVerdict Hole(IParameterSymbol parameter) => Hole(new TokenHole(parameter, null));

        public static TokenVerdict Hole(TokenHole hole) =>
            new TokenVerdict(TokenKind.None, Nothing._ownEvidence, ImmutableArray.Create(hole));

        /// <summary>
        /// The same verdict where a hole that a caller fills with nothing telling (no value, an unknown kind)
        /// falls back to <paramref name="name"/>: the name of the local or member the parameter flowed into.
        /// </summary>
        public TokenVerdict WithFallback(TokenVerdict name)
        {
            if (Holes.IsEmpty)
            {
                return this;
            }

            var holes = ImmutableArray.CreateBuilder<TokenHole>(Holes.Length);
            foreach (var hole in Holes)
            {
                holes.Add(hole.Fallback is null ? new TokenHole(hole.Parameter, name) : hole);
            }

            return new TokenVerdict(_ownKind, _ownEvidence, holes.MoveToImmutable());
        }

        /// <summary>
        /// Two paths a token may take: any user token makes the site carry a user token; agreeing kinds stay;
        /// anything else is unknown. The holes of both stay open (each parameter once, first seen first).
        /// </summary>
        public static TokenVerdict Combine(TokenVerdict a, TokenVerdict b)
        {
            if (a.Kind == TokenKind.None && a.Holes.IsEmpty)
            {
                return b;
            }

            if (b.Kind == TokenKind.None && b.Holes.IsEmpty)
            {
                return a;
            }

            var (kind, evidence) = CombineOwn(a, b);
            if (kind == TokenKind.User || b.Holes.IsEmpty)
            {
                return kind == a._ownKind && ReferenceEquals(evidence, a._ownEvidence) ? a : new TokenVerdict(kind, evidence, a.Holes);
            }

            var holes = a.Holes.ToBuilder();
            foreach (var hole in b.Holes)
            {
                if (!Contains(holes, hole.Parameter))
                {
                    holes.Add(hole);
                }
            }

            return new TokenVerdict(kind, evidence, holes.ToImmutable());
        }

        private static (TokenKind Kind, TokenEvidence Evidence) CombineOwn(TokenVerdict a, TokenVerdict b)
        {
            if (a._ownKind == TokenKind.None)
            {
                return (b._ownKind, b._ownEvidence);
            }

            if (b._ownKind == TokenKind.None || a._ownKind == b._ownKind)
            {
                return (a._ownKind, a._ownEvidence);
            }

            if (a._ownKind == TokenKind.User || b._ownKind == TokenKind.User)
            {
                return a._ownKind == TokenKind.User ? (a._ownKind, a._ownEvidence) : (b._ownKind, b._ownEvidence);
            }

            return a._ownKind == TokenKind.Unknown ? (a._ownKind, a._ownEvidence)
                : b._ownKind == TokenKind.Unknown ? (b._ownKind, b._ownEvidence)
                : (TokenKind.Unknown, a._ownEvidence);
        }

        private static bool Contains(ImmutableArray<TokenHole>.Builder holes, IParameterSymbol parameter)
        {
            foreach (var hole in holes)
            {
                if (SymbolEqualityComparer.Default.Equals(hole.Parameter, parameter))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Same kinds, evidence and holes: used to tell when a recursion group's solution stops changing.</summary>
        public bool SameAs(TokenVerdict other)
        {
            if (_ownKind != other._ownKind || _ownEvidence.Kind != other._ownEvidence.Kind || _ownEvidence.Detail != other._ownEvidence.Detail
                || Holes.Length != other.Holes.Length)
            {
                return false;
            }

            for (var i = 0; i < Holes.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(Holes[i].Parameter, other.Holes[i].Parameter)
                    || (Holes[i].Fallback is null) != (other.Holes[i].Fallback is null)
                    || (Holes[i].Fallback != null && !Holes[i].Fallback!.SameAs(other.Holes[i].Fallback!)))
                {
                    return false;
                }
            }

            return true;
        }

        public override string ToString() => Kind + " (" + Evidence + ")";
    }
}
