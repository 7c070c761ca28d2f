using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// Fix All in solution the way <c>dotnet format analyzers</c> applies it: a workspace of a given kind
    /// (<see cref="WorkspaceKind.MSBuild"/> for dotnet format, which cannot take a new document in an SDK-style
    /// project), the code-fix provider's own Fix All provider, every diagnostic of the rules asked for.
    /// </summary>
    internal sealed class WorkspaceFixRunner
    {
        public static readonly string[] FixedRules = { "FSUAT001", "FSUAT002", "FSUAT004" };

        private readonly AdhocWorkspace _workspace;
        private readonly ProjectId _projectId;

        private WorkspaceFixRunner(AdhocWorkspace workspace, ProjectId projectId)
        {
            _workspace = workspace;
            _projectId = projectId;
        }

        public Solution Solution => _workspace.CurrentSolution;

        public Project Project => Solution.GetProject(_projectId)!;

        public static WorkspaceFixRunner Create(
            string workspaceKind,
            IEnumerable<MetadataReference> references,
            IEnumerable<(string Name, string Source)> documents,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            bool nullable = true,
            string? defaultNamespace = "Consumer",
            string? editorConfig = null)
        {
            var workspace = new AdhocWorkspace(Microsoft.CodeAnalysis.Host.Mef.MefHostServices.DefaultHost, workspaceKind);
            var projectId = ProjectId.CreateNewId();
            var info = ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "Consumer",
                    "Consumer",
                    LanguageNames.CSharp,
                    filePath: "/src/Consumer/Consumer.csproj",
                    compilationOptions: new CSharpCompilationOptions(
                        OutputKind.DynamicallyLinkedLibrary,
                        nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable),
                    parseOptions: new CSharpParseOptions(languageVersion),
                    metadataReferences: references)
                .WithDefaultNamespace(defaultNamespace);
            var solution = workspace.CurrentSolution.AddProject(info);
            foreach (var (name, source) in documents)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(source), filePath: "/src/Consumer/" + name);
            }

            if (editorConfig != null)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/src/Consumer/.editorconfig");
            }

            if (!workspace.TryApplyChanges(solution))
            {
                throw new InvalidOperationException("The test workspace did not take the project.");
            }

            return new WorkspaceFixRunner(workspace, projectId);
        }

        /// <summary>The analyzer's diagnostics on the current solution, with the analyzer's own failures (AD0001) included.</summary>
        public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync()
        {
            var compilation = (await Project.GetCompilationAsync())!;
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            var options = new CompilationWithAnalyzersOptions(Project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
            return diagnostics.Where(d => d.Id.StartsWith("FSUAT", StringComparison.Ordinal) || d.Id == "AD0001").ToImmutableArray();
        }

        /// <summary>The compiler's errors on the current solution.</summary>
        public async Task<ImmutableArray<Diagnostic>> CompileErrorsAsync()
        {
            var compilation = (await Project.GetCompilationAsync())!;
            return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        }

        /// <summary>Applies Fix All in solution for <paramref name="rules"/>, one rule after the other as dotnet format does, and returns whether anything changed.</summary>
        public async Task<bool> FixAllAsync(params string[] rules)
        {
            if (rules.Length == 0)
            {
                rules = FixedRules;
            }

            var provider = new UseTenantTokenCodeFixProvider();
            var changed = false;
            foreach (var rule in rules)
            {
                var diagnostics = (await AnalyzeAsync()).Where(d => d.Id == rule).ToImmutableArray();
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                var document = Solution.GetDocument(diagnostics[0].Location.SourceTree)!;
                var fixAllContext = new FixAllContext(
                    document,
                    provider,
                    FixAllScope.Solution,
                    UseTenantTokenCodeFixProvider.EquivalenceKey,
                    new[] { rule },
                    new FixedDiagnostics(diagnostics),
                    CancellationToken.None);
                var action = await provider.GetFixAllProvider().GetFixAsync(fixAllContext);
                if (action is null)
                {
                    continue;
                }

                foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
                {
                    if (operation is ApplyChangesOperation apply && apply.ChangedSolution.GetChanges(Solution).GetProjectChanges().Any())
                    {
                        changed |= _workspace.TryApplyChanges(apply.ChangedSolution);
                    }
                }
            }

            return changed;
        }

        /// <summary>The titles of the code actions the provider registers for each diagnostic of <paramref name="rule"/>, one at a time as the light bulb asks.</summary>
        public async Task<IReadOnlyList<string>> OfferedFixesAsync(string rule)
        {
            var provider = new UseTenantTokenCodeFixProvider();
            var titles = new List<string>();
            foreach (var diagnostic in (await AnalyzeAsync()).Where(d => d.Id == rule))
            {
                var document = Solution.GetDocument(diagnostic.Location.SourceTree)!;
                var context = new CodeFixContext(document, diagnostic, (action, _) => titles.Add(action.Title), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
            }

            return titles;
        }

        public async Task<string> TextOfAsync(string name)
        {
            var document = Project.Documents.Single(d => d.Name == name);
            return (await document.GetTextAsync()).ToString();
        }

        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return _diagnostics.Where(d => d.Location.SourceTree == tree).ToList();
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
        }
    }
}
