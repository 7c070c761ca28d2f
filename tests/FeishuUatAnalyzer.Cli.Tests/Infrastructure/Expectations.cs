using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FeishuUatAnalyzer.Cli.Tests.Infrastructure
{
    /// <summary>
    /// The `// expect: FSUAT00N` comments of a fixture (the convention of ../shared/acceptance/cases): a line that should
    /// carry a diagnostic says which, every other line should carry none.
    /// </summary>
    internal static class Expectations
    {
        private static readonly Regex Expect = new(@"expect:\s*(FSUAT\d{3}(?:\s*,\s*FSUAT\d{3})*)");

        /// <summary>"path:line:rule" for every expectation under <paramref name="root"/>, paths relative to it with '/'.</summary>
        public static SortedSet<string> In(string root)
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var match = Expect.Match(lines[i]);
                    if (!match.Success)
                    {
                        continue;
                    }

                    foreach (var rule in match.Groups[1].Value.Split(',').Select(r => r.Trim()))
                    {
                        expected.Add($"{relative}:{i + 1}:{rule}");
                    }
                }
            }

            return expected;
        }
    }
}
