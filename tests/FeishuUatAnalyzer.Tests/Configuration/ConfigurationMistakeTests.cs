using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Configuration;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Configuration
{
    /// <summary>FSUAT901: configuration mistakes get an answer, once, where they apply; correct configuration gets none.</summary>
    public sealed class ConfigurationMistakeTests
    {
        [Fact]
        public async Task UnknownKeysBadNamesAndMisnamedFilesAreReportedOnce()
        {
            var diagnostics = await AnalyzeAsync(
                new[] { ("/src/B.cs", "class B { }"), ("/src/A.cs", "class A { }") },
                new[] { ("feishu_uat_analyzer.user_token_name", "SessionToken"), ("feishu_uat_analyzer.tenant_token_names", "AppKey, app-token") },
                new[] { "/src/feishu_endpoints.txt", "/src/feishu-endpoints.txt", "/src/custom.feishu-endpoints.txt" });

            var messages = diagnostics.Where(d => d.Id == "FSUAT901")
                .Select(d => (System.IO.Path.GetFileName(d.Location.GetLineSpan().Path), d.GetMessage(CultureInfo.InvariantCulture)))
                .OrderBy(m => m.Item2, System.StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(new[]
            {
                ("feishu_endpoints.txt", "Setting not understood: the additional file 'feishu_endpoints.txt' is not read: an endpoint file must be named feishu-endpoints.txt (or NAME.feishu-endpoints.txt)"),
                ("A.cs", "Setting not understood: the option 'feishu_uat_analyzer.user_token_name' is not one FeishuUatAnalyzer reads; did you mean 'feishu_uat_analyzer.user_token_names'?"),
                ("A.cs", "Setting not understood: the value of 'feishu_uat_analyzer.tenant_token_names' is not a list of names: 'app-token' is not an identifier or Type.Member"),
            }, messages);
        }

        [Fact]
        public async Task CorrectConfigurationIsSilent()
        {
            var diagnostics = await AnalyzeAsync(
                new[] { ("/src/A.cs", "class A { }") },
                new[] { ("feishu_uat_analyzer.user_token_names", "SessionToken, Session.Current"), ("dotnet_diagnostic.FSUAT001.severity", "error") },
                new[] { "/src/feishu-endpoints.txt" });

            Assert.DoesNotContain(diagnostics, d => d.Id == "FSUAT901");
        }

        [Fact]
        public void MessagesAreChineseInTheChineseCulture()
        {
            var message = new LocalizableResourceString("FSUAT901_UnknownKey", FeishuUatAnalyzer.Resources.Manager, typeof(FeishuUatAnalyzer.Resources), "a", "b");
            Assert.Contains("是否应为", message.ToString(new CultureInfo("zh-Hans")));
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync((string Path, string Text)[] sources, (string Key, string Value)[] options, string[] additionalFiles)
        {
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)).ToArray();
            var compilation = CSharpCompilation.Create("T", trees, await TestLibraries.FrameworkAsync(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var provider = new Provider(options.ToImmutableDictionary(o => o.Key, o => o.Value));
            var files = additionalFiles.Select(path => (AdditionalText)new InMemoryText(path, "GET /open-apis/custom/v1/things tenant\n")).ToImmutableArray();
            var analyzerOptions = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(files, provider);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            return await compilation.WithAnalyzers(analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        private sealed class InMemoryText : AdditionalText
        {
            private readonly string _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_text);
        }

        private sealed class Provider : AnalyzerConfigOptionsProvider
        {
            private readonly Options _options;

            public Provider(ImmutableDictionary<string, string> values) => _options = new Options(values);

            public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new Options(ImmutableDictionary<string, string>.Empty);

            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values) => _values = values;

            public override System.Collections.Generic.IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
