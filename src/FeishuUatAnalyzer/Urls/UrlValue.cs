using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace FeishuUatAnalyzer.Urls
{
    /// <summary>
    /// What is known at compile time of a URL (or a verb, or any string): known text with holes where the
    /// value is not known. A hole remembers whether it is a parameter of the method being analyzed, whose
    /// callers may know more. A value may also be one of a few alternatives (the arms of a choice, the
    /// assignments of a local): then it reads as a hole to everything but <see cref="Choices"/>, so that code
    /// which does not know about alternatives treats it as unknown.
    /// </summary>
    internal sealed class UrlValue
    {
        /// <summary>More alternatives than this are not followed: the value is unknown.</summary>
        public const int MaxAlternatives = 4;

        /// <summary>Marks a hole in <see cref="Render"/>.</summary>
        public const char HoleMark = '\u0001';

        public static readonly UrlValue Unknown = new UrlValue(ImmutableArray.Create(UrlPiece.Hole(false)));
        public static readonly UrlValue UnboundParameter = new UrlValue(ImmutableArray.Create(UrlPiece.Hole(true)));
        public static readonly UrlValue Empty = new UrlValue(ImmutableArray<UrlPiece>.Empty);

        private UrlValue(ImmutableArray<UrlPiece> pieces) => Pieces = pieces;

        private UrlValue(ImmutableArray<UrlValue> alternatives)
        {
            Pieces = ImmutableArray.Create(UrlPiece.Hole(false));
            Alternatives = alternatives;
        }

        public ImmutableArray<UrlPiece> Pieces { get; }

        /// <summary>The alternatives this value is one of; empty for a single value.</summary>
        public ImmutableArray<UrlValue> Alternatives { get; } = ImmutableArray<UrlValue>.Empty;

        public bool HasAlternatives => Alternatives.Length > 0;

        /// <summary>The single values this value may be: its alternatives, or itself.</summary>
        public ImmutableArray<UrlValue> Choices => HasAlternatives ? Alternatives : ImmutableArray.Create(this);

        /// <summary>
        /// One of <paramref name="values"/>, in their order, without repeats. One wholly unknown, or more than
        /// <see cref="MaxAlternatives"/>, make the value unknown (left to the callers when a parameter is involved).
        /// </summary>
        public static UrlValue AnyOf(IEnumerable<UrlValue> values)
        {
            var distinct = new List<UrlValue>();
            var rendered = new HashSet<string>();
            foreach (var value in values)
            {
                foreach (var choice in value.Choices)
                {
                    if (rendered.Add((choice.DependsOnParameter ? "p" : "k") + choice.Render()))
                    {
                        distinct.Add(choice);
                    }
                }
            }

            if (distinct.Count <= 1)
            {
                return distinct.Count == 0 ? Empty : distinct[0];
            }

            // A path wholly unknown, or too many, leave nothing to judge; a path the callers decide is theirs.
            var dependsOnParameter = false;
            var whollyUnknown = distinct.Count > MaxAlternatives;
            foreach (var choice in distinct)
            {
                dependsOnParameter |= choice.DependsOnParameter;
                whollyUnknown |= choice.Pieces.Length == 1 && choice.Pieces[0].IsHole;
            }

            return whollyUnknown ? (dependsOnParameter ? UnboundParameter : Unknown) : new UrlValue(distinct.ToImmutableArray());
        }

        /// <summary><paramref name="map"/> applied to every choice of this value.</summary>
        public UrlValue Map(Func<UrlValue, UrlValue> map)
        {
            var results = new List<UrlValue>();
            foreach (var choice in Choices)
            {
                results.Add(map(choice));
            }

            return AnyOf(results);
        }

        /// <summary><paramref name="combine"/> applied to every pair of choices of <paramref name="left"/> and <paramref name="right"/>.</summary>
        public static UrlValue Distribute(UrlValue left, UrlValue right, Func<UrlValue, UrlValue, UrlValue> combine)
        {
            if (!left.HasAlternatives && !right.HasAlternatives)
            {
                return combine(left, right);
            }

            if (left.Choices.Length * right.Choices.Length > MaxAlternatives * MaxAlternatives)
            {
                return left.DependsOnParameter || right.DependsOnParameter ? UnboundParameter : Unknown;
            }

            var results = new List<UrlValue>();
            foreach (var l in left.Choices)
            {
                foreach (var r in right.Choices)
                {
                    results.Add(combine(l, r));
                }
            }

            return AnyOf(results);
        }

        public static UrlValue Text(string text) => text.Length == 0 ? Empty : new UrlValue(ImmutableArray.Create(UrlPiece.Literal(text)));

        public bool IsKnown
        {
            get
            {
                foreach (var piece in Pieces)
                {
                    if (piece.IsHole)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public bool DependsOnParameter
        {
            get
            {
                foreach (var alternative in Alternatives)
                {
                    if (alternative.DependsOnParameter)
                    {
                        return true;
                    }
                }

                foreach (var piece in Pieces)
                {
                    if (piece.IsHole && piece.IsParameter)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        public bool StartsWithHole => Pieces.Length > 0 && Pieces[0].IsHole;

        public UrlValue Concat(UrlValue other)
        {
            if (HasAlternatives || other.HasAlternatives)
            {
                return Distribute(this, other, (l, r) => l.Concat(r));
            }

            if (Pieces.Length == 0)
            {
                return other;
            }

            if (other.Pieces.Length == 0)
            {
                return this;
            }

            var builder = ImmutableArray.CreateBuilder<UrlPiece>(Pieces.Length + other.Pieces.Length);
            builder.AddRange(Pieces);
            foreach (var piece in other.Pieces)
            {
                var last = builder[builder.Count - 1];
                if (!piece.IsHole && !last.IsHole)
                {
                    builder[builder.Count - 1] = UrlPiece.Literal(last.Text + piece.Text);
                }
                else
                {
                    builder.Add(piece);
                }
            }

            return new UrlValue(builder.ToImmutable());
        }

        /// <summary>The text with each hole written as <see cref="HoleMark"/>.</summary>
        public string Render()
        {
            var builder = new StringBuilder();
            foreach (var piece in Pieces)
            {
                if (piece.IsHole)
                {
                    builder.Append(HoleMark);
                }
                else
                {
                    builder.Append(piece.Text);
                }
            }

            return builder.ToString();
        }

        /// <summary>Builds a value from rendered text (holes as <see cref="HoleMark"/>), keeping whether holes are parameters.</summary>
        public static UrlValue FromRendered(string rendered, bool holesAreParameters)
        {
            var result = Empty;
            var start = 0;
            for (var i = 0; i <= rendered.Length; i++)
            {
                if (i == rendered.Length || rendered[i] == HoleMark)
                {
                    if (i > start)
                    {
                        result = result.Concat(Text(rendered.Substring(start, i - start)));
                    }

                    if (i < rendered.Length)
                    {
                        result = result.Concat(holesAreParameters ? UnboundParameter : Unknown);
                    }

                    start = i + 1;
                }
            }

            return result;
        }

        public override string ToString() => HasAlternatives
            ? "one of: " + string.Join(" | ", Alternatives)
            : Render().Replace(HoleMark.ToString(), "{?}");
    }

    internal readonly struct UrlPiece
    {
        private UrlPiece(string? text, bool isParameter)
        {
            Text = text;
            IsParameter = isParameter;
        }

        public string? Text { get; }

        public bool IsHole => Text is null;

        /// <summary>A hole that is a parameter of the analyzed method (its callers may know the value).</summary>
        public bool IsParameter { get; }

        public static UrlPiece Literal(string text) => new UrlPiece(text, false);

        public static UrlPiece Hole(bool isParameter) => new UrlPiece(null, isParameter);
    }
}
