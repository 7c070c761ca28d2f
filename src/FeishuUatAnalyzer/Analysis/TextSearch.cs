using System;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>An ordinal search in source text without making a string of it: the cheap test before a tree is parsed or bound.</summary>
    internal static class TextSearch
    {
        private const int ChunkSize = 16 * 1024;

        [ThreadStatic]
        private static char[]? _buffer;

        public static bool Contains(SourceText text, string value)
        {
            if (value.Length == 0)
            {
                return true;
            }

            if (text.Length < value.Length)
            {
                return false;
            }

            // Copied out in chunks that overlap by the value's length, then searched as spans (the indexer is a virtual call per character).
            var buffer = _buffer ??= new char[ChunkSize];
            var step = ChunkSize - value.Length;
            if (step <= 0)
            {
                return text.ToString().IndexOf(value, StringComparison.Ordinal) >= 0;
            }

            for (var start = 0; start < text.Length; start += step)
            {
                var count = Math.Min(ChunkSize, text.Length - start);
                if (count < value.Length)
                {
                    break;
                }

                text.CopyTo(start, buffer, 0, count);
                if (new ReadOnlySpan<char>(buffer, 0, count).IndexOf(value.AsSpan(), StringComparison.Ordinal) >= 0)
                {
                    return true;
                }

                if (start + count >= text.Length)
                {
                    break;
                }
            }

            return false;
        }
    }
}
