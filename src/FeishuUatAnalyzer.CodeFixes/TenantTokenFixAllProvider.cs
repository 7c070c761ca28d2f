using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>
    /// Fix All in document, project and solution. The edits are not all local (a field and a constructor parameter, a
    /// using directive, the provider file), so the batch fixer, which merges text changes per document, cannot do it:
    /// every diagnostic of the scope is planned on the original solution and all edits are made in one pass, with the
    /// provider file added once per project.
    /// </summary>
    internal sealed class TenantTokenFixAllProvider : FixAllProvider
    {
        public static readonly TenantTokenFixAllProvider Instance = new TenantTokenFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var documents = new List<Document>();
            switch (fixAllContext.Scope)
            {
                case FixAllScope.Document when fixAllContext.Document != null:
                    documents.Add(fixAllContext.Document);
                    break;
                case FixAllScope.Project:
                    documents.AddRange(fixAllContext.Project.Documents);
                    break;
                case FixAllScope.Solution:
                    documents.AddRange(fixAllContext.Solution.Projects.SelectMany(project => project.Documents));
                    break;
                default:
                    return null;
            }

            var work = ImmutableArray.CreateBuilder<DocumentDiagnostics>();
            foreach (var document in documents)
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (!diagnostics.IsEmpty)
                {
                    work.Add(new DocumentDiagnostics(document.Id, diagnostics));
                }
            }

            if (work.Count == 0)
            {
                return null;
            }

            var solution = fixAllContext.Solution;
            var all = work.ToImmutable();
            return CodeAction.Create(
                CodeFixResources.UseTenantTokenTitle,
                (CancellationToken cancellationToken) => SolutionRewriter.ApplyAsync(solution, all, cancellationToken),
                UseTenantTokenCodeFixProvider.EquivalenceKey);
        }
    }

    /// <summary>The diagnostics to fix in one document.</summary>
    internal sealed class DocumentDiagnostics
    {
        public DocumentDiagnostics(DocumentId documentId, ImmutableArray<Diagnostic> diagnostics)
        {
            DocumentId = documentId;
            Diagnostics = diagnostics;
        }

        public DocumentId DocumentId { get; }

        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }
}
