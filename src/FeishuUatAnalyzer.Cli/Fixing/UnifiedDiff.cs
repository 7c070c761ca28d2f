using System;
using System.Collections.Generic;
using System.Text;

namespace FeishuUatAnalyzer.Cli.Fixing
{
    /// <summary>A unified diff (as `diff -u` / `git diff` print it) of two texts, with three lines of context.</summary>
    internal static class UnifiedDiff
    {
        private const int Context = 3;

        public static (string Text, int Added, int Removed) Create(string oldText, string newText, string oldName, string newName)
        {
            var a = Lines(oldText);
            var b = Lines(newText);
            var edits = Edits(a, b);
            var text = new StringBuilder();
            text.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
            int added = 0, removed = 0;
            var i = 0;
            while (i < edits.Count)
            {
                if (edits[i].Kind == ' ')
                {
                    i++;
                    continue;
                }

                // A hunk: from Context lines before this change to Context lines after the last change that is close enough.
                var start = Math.Max(0, i - Context);
                var end = i;
                while (end < edits.Count)
                {
                    var next = end;
                    while (next < edits.Count && edits[next].Kind == ' ')
                    {
                        next++;
                    }

                    if (next == edits.Count || next - end > 2 * Context)
                    {
                        break;
                    }

                    end = next;
                    while (end < edits.Count && edits[end].Kind != ' ')
                    {
                        end++;
                    }
                }

                end = Math.Min(edits.Count, end + Context);
                int oldStart = edits[start].OldLine, newStart = edits[start].NewLine, oldCount = 0, newCount = 0;
                var body = new StringBuilder();
                for (var k = start; k < end; k++)
                {
                    var (kind, line, _, _) = edits[k];
                    body.Append(kind).Append(line).Append('\n');
                    oldCount += kind != '+' ? 1 : 0;
                    newCount += kind != '-' ? 1 : 0;
                    added += kind == '+' ? 1 : 0;
                    removed += kind == '-' ? 1 : 0;
                }

                text.Append($"@@ -{Position(oldStart, oldCount)} +{Position(newStart, newCount)} @@\n").Append(body);
                i = end;
            }

            return (text.ToString(), added, removed);
        }

        private static string Position(int firstLine, int count) => count == 0 ? $"{firstLine - 1},0" : $"{firstLine},{count}";

        private static string[] Lines(string text) =>
            text.Length == 0 ? Array.Empty<string>() : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

        // The edit script: common prefix and suffix as context, a longest common subsequence of what is between.
        private static List<(char Kind, string Line, int OldLine, int NewLine)> Edits(string[] a, string[] b)
        {
            var prefix = 0;
            while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
            {
                suffix++;
            }

            int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            var edits = new List<(char, string, int, int)>();
            for (var k = 0; k < prefix; k++)
            {
                edits.Add((' ', a[k], k + 1, k + 1));
            }

            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j])
                {
                    edits.Add((' ', a[prefix + i], prefix + i + 1, prefix + j + 1));
                    i++;
                    j++;
                }
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1]))
                {
                    edits.Add(('-', a[prefix + i], prefix + i + 1, prefix + j + 1));
                    i++;
                }
                else
                {
                    edits.Add(('+', b[prefix + j], prefix + i + 1, prefix + j + 1));
                    j++;
                }
            }

            for (var k = 0; k < suffix; k++)
            {
                edits.Add((' ', a[prefix + n + k], prefix + n + k + 1, prefix + m + k + 1));
            }

            return edits;
        }
    }
}
