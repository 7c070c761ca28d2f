using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FeishuUatAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Configuration
{
    /// <summary>
    /// FSUAT901: configuration the analyzer would otherwise ignore without a word — a <c>feishu_uat_analyzer.*</c> key it
    /// does not read (with the nearest known key), a names value that is not a list of names, an additional file named
    /// almost like the endpoint file. Option mistakes are reported once, at the start of the first file (by path) they
    /// apply to; file-name mistakes in that additional file.
    /// </summary>
    internal static class ConfigurationCheck
    {
        public const string Prefix = "feishu_uat_analyzer.";

        public static readonly string[] KnownKeys = { AnalyzerOptionsReader.UserNamesKey, AnalyzerOptionsReader.TenantNamesKey };

        /// <summary>The diagnostics per syntax tree (options) and per additional file path (file names).</summary>
        public static (Dictionary<SyntaxTree, List<Diagnostic>> ByTree, Dictionary<string, List<Diagnostic>> ByFile) Check(
            Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
        {
            var byTree = new Dictionary<SyntaxTree, List<Diagnostic>>();

            // Files under the same .editorconfig sections share one options object: each is read once, in any order.
            var problemsOf = new Dictionary<AnalyzerConfigOptions, List<(string Key, string Value, LocalizableString Message)>>(ReferenceEqualityComparer.Instance);
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var treeOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
                if (!problemsOf.ContainsKey(treeOptions))
                {
                    problemsOf[treeOptions] = ProblemsIn(treeOptions);
                }
            }

            var global = ProblemsIn(options.AnalyzerConfigOptionsProvider.GlobalOptions);
            if (global.Count == 0 && problemsOf.Values.All(problems => problems.Count == 0))
            {
                return (byTree, ByFile(options));
            }

            // Each mistake once, at the first file (by path) it applies to; global ones at the first file of all.
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var first = true;
            foreach (var tree in compilation.SyntaxTrees.OrderBy(tree => tree.FilePath, StringComparer.Ordinal))
            {
                var problems = problemsOf[options.AnalyzerConfigOptionsProvider.GetOptions(tree)];
                foreach (var (key, value, message) in first ? problems.Concat(global) : problems)
                {
                    if (reported.Add(key + "\n" + value + "\n" + message.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        if (!byTree.TryGetValue(tree, out var list))
                        {
                            byTree[tree] = list = new List<Diagnostic>();
                        }

                        list.Add(Diagnostic.Create(Descriptors.ConfigurationMistake, Location.Create(tree, new TextSpan(0, 0)), message));
                    }
                }

                first = false;
            }

            return (byTree, ByFile(options));
        }

        private static List<(string Key, string Value, LocalizableString Message)> ProblemsIn(AnalyzerConfigOptions options) =>
            OurOptions(options).SelectMany(option => Problems(option.Key, option.Value).Select(message => (option.Key, option.Value, message))).ToList();

        /// <summary>Additional files named almost like the endpoint file, each with its diagnostic.</summary>
        private static Dictionary<string, List<Diagnostic>> ByFile(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options)
        {
            var byFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var file in options.AdditionalFiles)
            {
                var name = Path.GetFileName(file.Path);
                if (LooksLikeEndpointFile(name))
                {
                    var location = Location.Create(file.Path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
                    byFile[file.Path] = new List<Diagnostic>
                    {
                        Diagnostic.Create(Descriptors.ConfigurationMistake, location, Message("FSUAT901_MisnamedFile", name)),
                    };
                }
            }

            return byFile;
        }

        /// <summary>A name close to feishu-endpoints.txt that the reader will not take (feishu_endpoints.txt, feishu-endpoint.txt, feishu-endpoints.csv).</summary>
        internal static bool LooksLikeEndpointFile(string fileName)
        {
            if (AnalyzerOptionsReader.IsEndpointFile(fileName))
            {
                return false;
            }

            var normalized = fileName.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
            return normalized.Contains("feishu-endpoint") || normalized.Contains("lark-endpoint")
                || Distance(normalized, AnalyzerOptionsReader.EndpointFileName) <= 2;
        }

        private static IEnumerable<(string Key, string Value)> OurOptions(AnalyzerConfigOptions options)
        {
            IEnumerable<string> keys;
            try
            {
                keys = options.Keys.ToList();
            }
            catch (NotImplementedException)
            {
                yield break;
            }

            foreach (var key in keys)
            {
                if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && options.TryGetValue(key, out var value))
                {
                    yield return (key, value ?? "");
                }
            }
        }

        private static IEnumerable<LocalizableString> Problems(string key, string value)
        {
            var known = KnownKeys.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                var nearest = KnownKeys.OrderBy(k => Distance(k, key.ToLowerInvariant())).ThenBy(k => k, StringComparer.Ordinal).First();
                yield return Message("FSUAT901_UnknownKey", key, nearest);
                yield break;
            }

            foreach (var name in AnalyzerOptionsReader.SplitNames(value))
            {
                if (!IsName(name))
                {
                    yield return Message("FSUAT901_BadNames", key, name);
                    yield break;
                }
            }
        }

        /// <summary>An identifier, or Type.Member.</summary>
        private static bool IsName(string name)
        {
            var parts = name.Split('.');
            return parts.Length <= 2 && parts.All(part => part.Length > 0
                && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));
        }

        private static LocalizableString Message(string name, params object[] arguments) =>
            new LocalizableResourceString(name, FeishuUatAnalyzer.Resources.Manager, typeof(FeishuUatAnalyzer.Resources), arguments.Select(a => a?.ToString() ?? "").ToArray());

        private sealed class ReferenceEqualityComparer : IEqualityComparer<AnalyzerConfigOptions>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

            public bool Equals(AnalyzerConfigOptions? x, AnalyzerConfigOptions? y) => ReferenceEquals(x, y);

            public int GetHashCode(AnalyzerConfigOptions obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        /// <summary>Levenshtein distance, for "did you mean".</summary>
        internal static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
