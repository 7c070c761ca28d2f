using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>An ordinal search in source text without making a string of it: the cheap test before a tree is parsed or bound.</summary>
    internal static class TextSearch
    {
        private const int ChunkSize = 16 * 1024;

        private const int MaxWordsPerTree = 64;

        /// <summary>
        /// Per syntax tree, the words already looked for and whether its text holds them. After a keystroke only the
        /// edited tree is new; the others are the same objects in the next compilation, so they are not searched again.
        /// Held weakly: a tree no compilation uses any more takes its answers with it.
        /// </summary>
        private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, bool>> Mentions =
            new ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, bool>>();

        /// <summary>Whether the tree's text contains <paramref name="value"/> (ordinal), remembered per tree.</summary>
        public static bool TreeMentions(SyntaxTree tree, string value, CancellationToken cancellationToken)
        {
            var known = Mentions.GetValue(tree, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
            if (known.TryGetValue(value, out var mentions))
            {
                return mentions;
            }

            mentions = Contains(tree.GetText(cancellationToken), value);

            // Bounded, so that a long session looking for many names keeps a few answers per tree, not all of them.
            if (known.Count < MaxWordsPerTree)
            {
                known.TryAdd(value, mentions);
            }

            return mentions;
        }

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
