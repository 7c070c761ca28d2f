using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>A replacement of one node, found again by its span and kind.</summary>
    internal sealed class NodeEdit
    {
        public NodeEdit(SyntaxNode node, Func<SyntaxNode, SyntaxNode> replace, StatementSyntax? insertBefore = null)
        {
            Span = node.Span;
            Kind = node.Kind();
            Replace = replace;
            InsertBefore = insertBefore;
        }

        /// <summary>A statement to insert before the node (a statement), which is then left as it is.</summary>
        public StatementSyntax? InsertBefore { get; }

        public TextSpan Span { get; }

        public SyntaxKind Kind { get; }

        public Func<SyntaxNode, SyntaxNode> Replace { get; }
    }

    /// <summary>An <c>IFeishuTenantApi</c> field assigned from a new parameter of the class's only constructor.</summary>
    internal sealed class TenantApiInjection
    {
        public TenantApiInjection(TypeDeclarationSyntax type, ConstructorDeclarationSyntax constructor, string fieldName, string parameterName, string typeName)
        {
            TypeSpan = type.Span;
            ConstructorSpan = constructor.Span;
            FieldName = fieldName;
            ParameterName = parameterName;
            TypeName = typeName;
        }

        public TextSpan TypeSpan { get; }

        public TextSpan ConstructorSpan { get; }

        public string FieldName { get; }

        public string ParameterName { get; }

        /// <summary>The fully qualified name of IFeishuTenantApi (global::...).</summary>
        public string TypeName { get; }
    }

    /// <summary>What the fix does for one diagnostic.</summary>
    internal sealed class SitePlan
    {
        public SitePlan(IReadOnlyList<NodeEdit> edits, bool needsProvider, TenantApiInjection? injection, bool changesSharedToken = false, SitePlan? perRequest = null)
        {
            Edits = edits;
            NeedsProvider = needsProvider;
            Injection = injection;
            ChangesSharedToken = changesSharedToken;
            PerRequest = perRequest;
        }

        public IReadOnlyList<NodeEdit> Edits { get; }

        public bool NeedsProvider { get; }

        /// <summary>The parameter or local that held the replaced token when nothing else in its method reads it (said in the fix's title, never deleted).</summary>
        public string? UnusedAfterFix { get; set; }

        public TenantApiInjection? Injection { get; }

        /// <summary>
        /// For a plan that changes a token other requests share (a client-wide authenticator): the same fix made on this
        /// one request only, used when the shared change would make another call send the wrong kind; null when the
        /// request cannot be fixed on its own (then the site is left as it is in that case).
        /// </summary>
        public SitePlan? PerRequest { get; }

        /// <summary>The plan changes a token that other requests share.</summary>
        public bool ChangesSharedToken { get; }
    }

    /// <summary>Plans every diagnostic on the original solution, adds the provider file once per project, then edits each document once.</summary>
    internal static class SolutionRewriter
    {
        public static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<DocumentDiagnostics> work, CancellationToken cancellationToken)
        {
            foreach (var byProject in work.GroupBy(item => item.DocumentId.ProjectId))
            {
                try
                {
                    solution = await ApplyToProjectAsync(solution, byProject, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (!(exception is OperationCanceledException))
                {
                    // A shape no plan foresaw: this project is left as it was rather than half rewritten.
                }
            }

            return solution;
        }

        private static async Task<Solution> ApplyToProjectAsync(Solution solution, IGrouping<ProjectId, DocumentDiagnostics> byProject, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(byProject.Key);
            if (project is null)
            {
                return solution;
            }

            var planner = await FixPlanner.CreateAsync(project, byProject.Select(item => item.DocumentId), cancellationToken).ConfigureAwait(false);
            if (planner is null)
            {
                return solution;
            }

            var plans = new List<KeyValuePair<DocumentId, List<SitePlan>>>();
            foreach (var item in byProject)
            {
                var document = project.GetDocument(item.DocumentId);
                if (document is null)
                {
                    continue;
                }

                var documentPlans = new List<SitePlan>();
                foreach (var diagnostic in item.Diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start))
                {
                    var plan = await planner.PlanAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                    if (plan != null)
                    {
                        documentPlans.Add(plan);
                    }
                }

                if (documentPlans.Count > 0)
                {
                    plans.Add(new KeyValuePair<DocumentId, List<SitePlan>>(item.DocumentId, documentPlans));
                }
            }

            if (plans.Count == 0)
            {
                return solution;
            }

            var rewritten = await RewriteProjectAsync(solution, project.Id, plans, planner, cancellationToken).ConfigureAwait(false);
            var original = solution.GetProject(project.Id)!;
            var shared = plans.SelectMany(p => p.Value).Where(plan => plan.ChangesSharedToken).ToList();
            if (shared.Count == 0)
            {
                return rewritten;
            }

            // Analysed once before the fix; each trial below is compared with this count.
            var before = await WrongUserOnlyCallsAsync(original, cancellationToken).ConfigureAwait(false);
            if (await WrongUserOnlyCallsAsync(rewritten.GetProject(project.Id)!, cancellationToken).ConfigureAwait(false) <= before)
            {
                return rewritten;
            }

            // A shared token changed for everyone made a call that needs the user's token send the tenant's. Each shared
            // change is kept only if it makes no such call on its own (in plan order, so the result is the same every
            // time); the others are made on their own request, or not at all when the request cannot take them.
            var kept = new HashSet<SitePlan>();
            foreach (var candidate in shared)
            {
                kept.Add(candidate);
                var trial = await RewriteProjectAsync(solution, project.Id, Choose(plans, kept), planner, cancellationToken).ConfigureAwait(false);
                if (await WrongUserOnlyCallsAsync(trial.GetProject(project.Id)!, cancellationToken).ConfigureAwait(false) > before)
                {
                    kept.Remove(candidate);
                }
            }

            return await RewriteProjectAsync(solution, project.Id, Choose(plans, kept), planner, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The plans with every shared change not in <paramref name="kept"/> made per request instead (or dropped).</summary>
        private static List<KeyValuePair<DocumentId, List<SitePlan>>> Choose(List<KeyValuePair<DocumentId, List<SitePlan>>> plans, HashSet<SitePlan> kept) =>
            plans
                .Select(p => new KeyValuePair<DocumentId, List<SitePlan>>(
                    p.Key,
                    p.Value.Select(plan => plan.ChangesSharedToken && !kept.Contains(plan) ? plan.PerRequest : plan).Where(plan => plan != null).Select(plan => plan!).ToList()))
                .Where(p => p.Value.Count > 0)
                .ToList();

        private static async Task<Solution> RewriteProjectAsync(Solution solution, ProjectId projectId, List<KeyValuePair<DocumentId, List<SitePlan>>> plans, FixPlanner planner, CancellationToken cancellationToken)
        {
            if (plans.Any(p => p.Value.Any(plan => plan.NeedsProvider)) && !planner.Provider.Exists)
            {
                var withProvider = planner.Provider.CanGenerate
                    ? await AddProviderAsync(solution, projectId, planner.Provider, planner, cancellationToken).ConfigureAwait(false)
                    : null;
                if (withProvider is null)
                {
                    // No place for the provider: the sites that need it are left as they are, never rewritten to
                    // name a type that does not exist.
                    plans = plans
                        .Select(p => new KeyValuePair<DocumentId, List<SitePlan>>(p.Key, p.Value.Where(plan => !plan.NeedsProvider).ToList()))
                        .Where(p => p.Value.Count > 0)
                        .ToList();
                }
                else
                {
                    solution = withProvider;
                }
            }

            foreach (var entry in plans)
            {
                var document = solution.GetDocument(entry.Key);
                if (document != null)
                {
                    solution = (await RewriteAsync(document, entry.Value, cancellationToken).ConfigureAwait(false)).Project.Solution;
                }
            }

            return solution;
        }

        /// <summary>How many calls of the project send a tenant token where only a user token is accepted (FSUAT003, FSUAT005).</summary>
        private static async Task<int> WrongUserOnlyCallsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return 0;
            }

            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Count(d => d.Id == RuleIds.TenantTokenOnRoomSearch || d.Id == RuleIds.TenantTokenOnUserOnlyEndpoint);
        }

        /// <summary>
        /// MSBuildWorkspace (dotnet format) writes an explicit Compile item for every document added, which SDK-style
        /// projects already include by their glob (NETSDK1022 duplicate items). There the provider is appended to one of
        /// the files being fixed instead of a new file (see <see cref="ProviderLayout"/>).
        /// </summary>
        public static bool AppendsProvider(Solution solution) => solution.Workspace.Kind == WorkspaceKind.MSBuild;

        /// <summary>The solution with the provider added where <paramref name="location"/> says, or null when it cannot be.</summary>
        private static async Task<Solution?> AddProviderAsync(Solution solution, ProjectId projectId, ProviderLocation location, FixPlanner planner, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(projectId);
            if (project is null)
            {
                return null;
            }

            if (location.AppendTo != null)
            {
                var document = project.GetDocument(location.AppendTo);
                return document is null ? null : await AppendProviderAsync(document, location, planner, cancellationToken).ConfigureAwait(false);
            }

            var newLine = "\n";
            var sample = project.Documents.FirstOrDefault();
            if (sample != null)
            {
                var text = await sample.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (text.ToString().Contains("\r\n"))
                {
                    newLine = "\r\n";
                }
            }

            var source = ProviderSource.Build(location.Namespace, planner.Features, newLine, location.Layout);
            var name = ProviderSource.FileName;
            var used = new HashSet<string>(project.Documents.Select(d => d.Name), StringComparer.OrdinalIgnoreCase);
            for (var i = 2; used.Contains(name); i++)
            {
                name = ProviderSource.TypeName + i + ".cs";
            }

            var directory = project.FilePath is null ? null : System.IO.Path.GetDirectoryName(project.FilePath);
            var path = directory is null ? null : System.IO.Path.Combine(directory, name);
            return project.AddDocument(name, SourceText.From(source, System.Text.Encoding.UTF8), filePath: path).Project.Solution;
        }

        private static async Task<Solution> AppendProviderAsync(Document document, ProviderLocation location, FixPlanner planner, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var content = text.ToString();
            var newLine = content.Contains("\r\n") ? "\r\n" : "\n";
            var separator = content.EndsWith("\n", StringComparison.Ordinal) ? newLine : newLine + newLine;
            var provider = ProviderSource.Build(location.Namespace, planner.Features, newLine, location.Layout);
            var appended = document.WithText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), separator + provider)));
            if (location.Layout != ProviderLayout.AppendedToFileScoped)
            {
                return appended.Project.Solution;
            }

            // Its type names were written in full; shorten those the file's own usings cover.
            var root = await appended.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var type = root?.DescendantNodes().OfType<ClassDeclarationSyntax>().LastOrDefault(c => c.Identifier.ValueText == ProviderSource.TypeName && c.Parent is FileScopedNamespaceDeclarationSyntax);
            if (root is null || type is null)
            {
                return appended.Project.Solution;
            }

            appended = appended.WithSyntaxRoot(root.ReplaceNode(type, type.WithAdditionalAnnotations(Simplifier.Annotation)));
            var simplified = await Simplifier.ReduceAsync(appended, Simplifier.Annotation, null, cancellationToken).ConfigureAwait(false);
            return simplified.Project.Solution;
        }

        private static async Task<Document> RewriteAsync(Document document, List<SitePlan> plans, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var done = new HashSet<(TextSpan, SyntaxKind)>();
            foreach (var edit in plans.SelectMany(plan => plan.Edits).OrderByDescending(edit => edit.Span.Start))
            {
                if (!done.Add((edit.Span, edit.Kind)))
                {
                    continue;
                }

                var node = Find(root, edit.Span, edit.Kind);
                if (node != null && edit.InsertBefore != null)
                {
                    editor.InsertBefore(node, edit.InsertBefore);
                }
                else if (node != null)
                {
                    editor.ReplaceNode(node, (current, _) => edit.Replace(current));
                }
            }

            var injected = new HashSet<TextSpan>();
            foreach (var injection in plans.Select(plan => plan.Injection).Where(i => i != null))
            {
                if (injected.Add(injection!.TypeSpan))
                {
                    Inject(editor, root, injection);
                }
            }

            var changed = document.WithSyntaxRoot(editor.GetChangedRoot());
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, null, cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, null, cancellationToken).ConfigureAwait(false);
            changed = await Formatter.FormatAsync(changed, Formatter.Annotation, null, cancellationToken).ConfigureAwait(false);
            return changed;
        }

        private static SyntaxNode? Find(SyntaxNode root, TextSpan span, SyntaxKind kind)
        {
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            for (SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true); node != null && node.Span == span; node = node.Parent)
            {
                if (node.IsKind(kind))
                {
                    return node;
                }
            }

            return null;
        }

        private static void Inject(DocumentEditor editor, SyntaxNode root, TenantApiInjection injection)
        {
            if (!(Find(root, injection.TypeSpan, SyntaxKind.ClassDeclaration) is TypeDeclarationSyntax type)
                || !(Find(root, injection.ConstructorSpan, SyntaxKind.ConstructorDeclaration) is ConstructorDeclarationSyntax constructor))
            {
                return;
            }

            var typeSyntax = SyntaxFactory.ParseTypeName(injection.TypeName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var field = SyntaxFactory.FieldDeclaration(
                    SyntaxFactory.VariableDeclaration(typeSyntax, SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(injection.FieldName))))
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
                .WithAdditionalAnnotations(Formatter.Annotation);
            var fieldCount = type.Members.TakeWhile(member => member is FieldDeclarationSyntax).Count();
            editor.InsertMembers(type, fieldCount, new SyntaxNode[] { field });

            editor.ReplaceNode(constructor, (current, _) =>
            {
                var ctor = (ConstructorDeclarationSyntax)current;
                var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(injection.ParameterName))
                    .WithType(SyntaxFactory.ParseTypeName(injection.TypeName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
                    .WithAdditionalAnnotations(Formatter.Annotation);
                var parameters = ctor.ParameterList.Parameters;
                var index = 0;
                while (index < parameters.Count && parameters[index].Default is null && !parameters[index].Modifiers.Any(SyntaxKind.ParamsKeyword))
                {
                    index++;
                }

                ctor = ctor.WithParameterList(ctor.ParameterList.WithParameters(parameters.Insert(index, parameter)));
                var assignment = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        SyntaxFactory.IdentifierName(injection.FieldName),
                        SyntaxFactory.IdentifierName(injection.ParameterName)))
                    .WithAdditionalAnnotations(Formatter.Annotation);
                if (ctor.Body != null)
                {
                    return ctor.WithBody(ctor.Body.AddStatements(assignment));
                }

                if (ctor.ExpressionBody != null)
                {
                    var first = SyntaxFactory.ExpressionStatement(ctor.ExpressionBody.Expression.WithoutTrivia());
                    return ctor.WithExpressionBody(null)
                        .WithSemicolonToken(default)
                        .WithParameterList(ctor.ParameterList.WithTrailingTrivia(SyntaxFactory.ElasticMarker))
                        .WithBody(SyntaxFactory.Block(first, assignment).WithAdditionalAnnotations(Formatter.Annotation))
                        .WithTrailingTrivia(ctor.SemicolonToken.TrailingTrivia)
                        .WithAdditionalAnnotations(Formatter.Annotation);
                }

                return ctor;
            });
        }
    }
}
