using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>
    /// "Use a tenant_access_token": rewrites a call that sends a user_access_token (FSUAT001, FSUAT004) or a token of
    /// unknown kind (FSUAT002) to an endpoint that accepts only a tenant_access_token. The least invasive correct
    /// rewrite is chosen, in this order:
    /// <list type="number">
    /// <item>FeishuNetSdk: the same method on an <c>IFeishuTenantApi</c> in scope (or one injected through the
    /// constructor), without the token argument.</item>
    /// <item>A tenant token already reachable where the token is written (a sibling member, a local, a parameter,
    /// a field or property, a method of the type that returns one), awaited in an async context.</item>
    /// <item>Otherwise <c>FeishuTenantTokenProvider</c>, a small provider added to the project once.</item>
    /// </list>
    /// For FSUAT003/FSUAT005 (a tenant token where only the user's is accepted), "Use the user_access_token already in
    /// reach": a local or parameter the analyzer itself sees as the user's token; none is made up.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTenantTokenCodeFixProvider))]
    [Shared]
    public sealed class UseTenantTokenCodeFixProvider : CodeFixProvider
    {
        /// <summary>One key for every strategy, so that Fix All (and <c>dotnet format</c>) applies them all.</summary>
        public const string EquivalenceKey = "FeishuUatAnalyzer.UseTenantAccessToken";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            RuleIds.UserTokenOnTenantOnlyMeetingRoom,
            RuleIds.UnknownTokenOnTenantOnlyMeetingRoom,
            RuleIds.UserTokenOnTenantOnlyEndpoint,
            RuleIds.TenantTokenOnRoomSearch,
            RuleIds.TenantTokenOnUserOnlyEndpoint);

        public override FixAllProvider GetFixAllProvider() => TenantTokenFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var planner = await FixPlanner.CreateAsync(document.Project, new[] { document.Id }, context.CancellationToken).ConfigureAwait(false);
            if (planner is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = await planner.PlanAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (plan is null)
                {
                    continue;
                }

                var work = ImmutableArray.Create(new DocumentDiagnostics(document.Id, ImmutableArray.Create(diagnostic)));
                var solution = document.Project.Solution;
                var title = FixPlanner.WantsUserToken(diagnostic) ? CodeFixResources.UseUserTokenTitle
                    : plan.NeedsProvider && !planner.Provider.Exists ? CodeFixResources.UseTenantTokenFromProviderTitle(planner.Provider.AppendTo is { } appendTo ? document.Project.GetDocument(appendTo)?.Name : null)
                    : CodeFixResources.UseTenantTokenTitle;
                if (plan.UnusedAfterFix != null)
                {
                    // Said, not done: the parameter or local may matter to callers or to the reader.
                    title = CodeFixResources.WithUnused(title, plan.UnusedAfterFix);
                }

                if (plan.ChangesSharedToken && plan.PerRequest is null)
                {
                    // A shared token is changed only where no other call would then send the wrong kind, and this one has
                    // no per-request alternative: work out now whether anything changes, and offer nothing if not.
                    var changed = await SolutionRewriter.ApplyAsync(solution, work, context.CancellationToken).ConfigureAwait(false);
                    if (!changed.GetChanges(solution).GetProjectChanges().Any())
                    {
                        continue;
                    }

                    context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(changed), EquivalenceKey), diagnostic);
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => SolutionRewriter.ApplyAsync(solution, work, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
