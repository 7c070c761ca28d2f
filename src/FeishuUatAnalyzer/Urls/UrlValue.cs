using System.Collections.Immutable;
using System.Text;

namespace FeishuUatAnalyzer.Urls
{
    /// <summary>
    /// What is known at compile time of a URL (or a verb, or any string): known text with holes where the
    /// value is not known. A hole remembers whether it is a parameter of the method being analyzed, whose
    /// callers may know more.
    /// </summary>
    internal sealed class UrlValue
    {
        /// <summary>Marks a hole in <see cref="Render"/>.</summary>
        public const char HoleMark = '\u0001';

        public static readonly UrlValue Unknown = new UrlValue(ImmutableArray.Create(UrlPiece.Hole(false)));
        public static readonly UrlValue UnboundParameter = new UrlValue(ImmutableArray.Create(UrlPiece.Hole(true)));
        public static readonly UrlValue Empty = new UrlValue(ImmutableArray<UrlPiece>.Empty);

        private UrlValue(ImmutableArray<UrlPiece> pieces) => Pieces = pieces;

        public ImmutableArray<UrlPiece> Pieces { get; }

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

        public override string ToString() => Render().Replace(HoleMark.ToString(), "{?}");
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
