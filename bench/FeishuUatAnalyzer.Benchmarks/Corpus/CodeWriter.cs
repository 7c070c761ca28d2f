using System;
using System.Collections.Generic;
using System.Text;

namespace FeishuUatAnalyzer.Benchmarks.Corpus
{
    /// <summary>A small indenting writer for the generated sources.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder(8 * 1024);
        private int _indent;

        public int Lines { get; private set; }

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _text.Append(line);
            }

            _text.Append('\n');
            Lines++;
            return this;
        }

        public CodeWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            Line("}" + suffix);
            return this;
        }

        public CodeWriter Usings(IEnumerable<string> namespaces)
        {
            foreach (var ns in namespaces)
            {
                Line("using " + ns + ";");
            }

            Line();
            return this;
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>
    /// A small, fixed pseudo-random generator (SplitMix64), so that the corpus is the same on every runtime
    /// and every run: System.Random's seeded sequence is not a documented contract.
    /// </summary>
    internal sealed class Rng
    {
        private ulong _state;

        public Rng(ulong seed) => _state = seed;

        public ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>An integer in [0, max).</summary>
        public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);

        /// <summary>An integer in [min, max).</summary>
        public int Next(int min, int max) => min + Next(max - min);

        public bool Chance(int percent) => Next(100) < percent;

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

        public static ulong Mix(ulong seed, int index)
        {
            var rng = new Rng(seed ^ ((ulong)(uint)index * 0xD1B54A32D192ED03UL));
            return rng.NextUInt64();
        }
    }

    internal static class Names
    {
        public static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

        public static string Camel(string word) => word.Length == 0 ? word : char.ToLowerInvariant(word[0]) + word.Substring(1);

        public static string Plural(string word) =>
            word.EndsWith("y", StringComparison.Ordinal) && !word.EndsWith("ay", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) + "ies"
            : word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("x", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
            : word + "s";

        public static string Snake(string pascal)
        {
            var text = new StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (char.IsUpper(c) && i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }

            return text.ToString();
        }
    }
}
