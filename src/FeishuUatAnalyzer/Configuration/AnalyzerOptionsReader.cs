using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Configuration
{
    /// <summary>
    /// Reads the project's configuration once per compilation:
    /// <list type="bullet">
    /// <item><c>feishu_uat_analyzer.user_token_names</c> / <c>feishu_uat_analyzer.tenant_token_names</c> in
    /// .editorconfig or a global config: comma-separated names (<c>Name</c> or <c>Type.Member</c>) that mean a
    /// user or a tenant token in the team's code;</item>
    /// <item>AdditionalFiles named <c>feishu-endpoints.txt</c> (or <c>*.feishu-endpoints.txt</c>): endpoints to add
    /// or override, one a line.</item>
    /// </list>
    /// </summary>
    internal static class AnalyzerOptionsReader
    {
        public const string UserNamesKey = "feishu_uat_analyzer.user_token_names";
        public const string TenantNamesKey = "feishu_uat_analyzer.tenant_token_names";
        public const string EndpointFileName = "feishu-endpoints.txt";

        public static AnalyzerOptions Read(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
        {
            var userNames = new List<string>();
            var tenantNames = new List<string>();
            ReadNames(options.AnalyzerConfigOptionsProvider.GlobalOptions, userNames, tenantNames);

            // Trees under the same .editorconfig sections share one options object: each is read once, not once a file.
            var seen = new HashSet<Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions>(ReferenceEqualityComparer.Instance);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var treeOptions = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
                if (seen.Add(treeOptions))
                {
                    ReadNames(treeOptions, userNames, tenantNames);
                }
            }

            userNames = Distinct(userNames);
            tenantNames = Distinct(tenantNames);

            var names = userNames.Count == 0 && tenantNames.Count == 0 ? TokenNameRules.Default : new TokenNameRules(userNames, tenantNames);

            var extensions = new List<Endpoint>();
            var errors = new List<Diagnostic>();
            foreach (var file in options.AdditionalFiles)
            {
                var fileName = Path.GetFileName(file.Path);
                if (!IsEndpointFile(fileName))
                {
                    continue;
                }

                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    continue;
                }

                var lineErrors = new List<CatalogueError>();
                extensions.AddRange(CatalogueParser.ParseExtension(text.ToString(), lineErrors));
                foreach (var error in lineErrors)
                {
                    var line = text.Lines[Math.Min(error.Line, text.Lines.Count - 1)];
                    var location = Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                    errors.Add(Diagnostic.Create(Descriptors.UnreadableEndpointFile, location, error.Reason));
                }
            }

            var catalogue = extensions.Count == 0 ? EndpointCatalogue.Default : EndpointCatalogue.WithExtensions(extensions);
            return new AnalyzerOptions(catalogue, names, errors);
        }

        /// <summary>The names in their first order, each once.</summary>
        private static List<string> Distinct(List<string> names)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<string>(names.Count);
            foreach (var name in names)
            {
                if (seen.Add(name))
                {
                    result.Add(name);
                }
            }

            return result;
        }

        private sealed class ReferenceEqualityComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        private static void ReadNames(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, List<string> userNames, List<string> tenantNames)
        {
            if (options.TryGetValue(UserNamesKey, out var user))
            {
                userNames.AddRange(Split(user));
            }

            if (options.TryGetValue(TenantNamesKey, out var tenant))
            {
                tenantNames.AddRange(Split(tenant));
            }
        }

        /// <summary>feishu-endpoints.txt or NAME.feishu-endpoints.txt, in any case.</summary>
        internal static bool IsEndpointFile(string fileName) =>
            fileName.Equals(EndpointFileName, StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith("." + EndpointFileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The names of a names option: separated by commas, semicolons or spaces.</summary>
        internal static IEnumerable<string> SplitNames(string value) => Split(value);

        private static IEnumerable<string> Split(string value)
        {
            foreach (var part in value.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return part.Trim();
            }
        }
    }
}
