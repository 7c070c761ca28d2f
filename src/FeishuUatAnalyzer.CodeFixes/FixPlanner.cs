using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Configuration;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>Decides, for one diagnostic, which rewrite is made and where; never edits.</summary>
    internal sealed class FixPlanner
    {
        private static readonly HashSet<string> TokenShapes = new HashSet<string>(StringComparer.Ordinal)
        {
            "AuthenticationHeaderValue", "HeaderString", "RestSharpHeader", "RestSharpAuthenticator",
            "FlurlOAuthBearer", "FlurlHeader", "DeclarativeArgument", "SdkUserAccessToken", "WebHeaderBearer",
        };

        private static readonly HashSet<string> HeaderValueMethods = new HashSet<string>(StringComparer.Ordinal)
        {
            "Add", "TryAddWithoutValidation", "AddHeader", "AddOrUpdateHeader", "AddParameter", "AddOrUpdateParameter", "WithHeader",
        };

        private readonly Project _project;
        private readonly Compilation _compilation;
        private readonly AnalysisSession _session;

        /// <summary>Per file, whether its awaits are written with ConfigureAwait(false) (read once per file).</summary>
        private readonly Dictionary<SyntaxTree, bool> _configuresAwaits = new Dictionary<SyntaxTree, bool>();

        private FixPlanner(Project project, Compilation compilation, ProviderLocation provider)
        {
            _project = project;
            _compilation = compilation;
            Provider = provider;
            // The analyzer's own reading of the project (its .editorconfig names, its feishu-endpoints.txt): one analysis.
            var options = AnalyzerOptionsReader.Read(project.AnalyzerOptions, compilation, CancellationToken.None);
            _session = new AnalysisSession(compilation, options.Catalogue, options.Names, FeishuUatAnalyzer.Sites.TokenEndpointCalls.Read);
            Features = ProviderFeatures.Of(project, compilation);
        }

        public ProviderLocation Provider { get; }

        /// <summary>What a generated provider may use in this project.</summary>
        public ProviderFeatures Features { get; }

        /// <param name="documentsToFix">The documents whose diagnostics will be fixed: under dotnet format the provider is appended to one of them.</param>
        public static async Task<FixPlanner?> CreateAsync(Project project, IEnumerable<DocumentId> documentsToFix, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || project.Language != LanguageNames.CSharp)
            {
                return null;
            }

            var provider = await ProviderLocation.LocateAsync(project, compilation, documentsToFix, cancellationToken).ConfigureAwait(false);
            return new FixPlanner(project, compilation, provider);
        }

        public async Task<SitePlan?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Location.IsInSource)
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            // The semantic model of this planner's compilation, so that symbols compare equal.
            if (!ReferenceEquals(model.Compilation, _compilation))
            {
                model = _compilation.GetSemanticModel(root.SyntaxTree);
            }

            try
            {
                return Plan(root, model, diagnostic, cancellationToken) is { } plan ? await Check(plan, cancellationToken).ConfigureAwait(false) : null;
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // A shape the planner did not foresee: no fix is offered rather than a wrong one.
                return null;
            }
        }

        private async Task<SitePlan?> Check(PendingPlan plan, CancellationToken cancellationToken)
        {
            if (plan.InjectInto is IMethodSymbol constructor)
            {
                // A new constructor parameter breaks every `new T(...)` written in the solution: only offered when there is none.
                var references = await SymbolFinder.FindReferencesAsync(constructor, _project.Solution, cancellationToken).ConfigureAwait(false);
                if (references.Any(reference => reference.Locations.Any()))
                {
                    return null;
                }
            }

            return plan.Plan;
        }

        private PendingPlan? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (diagnostic.Properties.TryGetValue(FixAvailability.Property, out var fixable) && fixable == "false")
            {
                return null;
            }

            diagnostic.Properties.TryGetValue(DiagnosticFactory.TokenShapeProperty, out var shape);
            diagnostic.Properties.TryGetValue(DiagnosticFactory.ViaHelperProperty, out var viaHelper);
            var helper = viaHelper == "true";
            var call = CallAt(root, diagnostic);
            if (call is null)
            {
                return null;
            }

            if (shape == "SdkUserAccessToken" && !helper && !WantsUserToken(diagnostic))
            {
                return PlanSdk(model, call, cancellationToken);
            }

            if (shape == "DefaultHeader" && !WantsUserToken(diagnostic))
            {
                return helper ? null : PlanPerRequestHeader(model, call, diagnostic);
            }

            if (shape is null || !TokenShapes.Contains(shape))
            {
                return null;
            }

            var token = TokenAt(root, diagnostic);
            if (token is null || !HoldsString(model, token, cancellationToken))
            {
                return null;
            }

            if (WantsUserToken(diagnostic))
            {
                // The user's token is the right one here: only one already in reach is used, never a made-up one.
                var user = ReachableUserToken(model, token, cancellationToken);
                if (user is null)
                {
                    return null;
                }

                var userValue = !helper && NeedsBearerPrefix(model, token, shape, cancellationToken) ? WithBearerPrefix(user) : user;
                var fitted = Fit(userValue, token);
                return new PendingPlan(new SitePlan(new[] { new NodeEdit(token, current => fitted.WithTriviaFrom(current)) }, needsProvider: false, null)
                {
                    UnusedAfterFix = UnusedAfterReplacing(model, token, cancellationToken),
                });
            }

            var needsBearerPrefix = !helper && NeedsBearerPrefix(model, token, shape, cancellationToken);
            var asyncBody = CanAwait(token) ? null : AsyncCapableExpressionBody(model, token, cancellationToken);
            var becomesAsync = asyncBody != null;
            var reachable = needsBearerPrefix ? null : ReachableTenantToken(model, token, cancellationToken, becomesAsync);
            ExpressionSyntax replacement;
            var needsProvider = false;
            if (reachable != null)
            {
                replacement = reachable;
            }
            else
            {
                replacement = ProviderToken(model, token, diagnostic, cancellationToken, becomesAsync);
                needsProvider = true;
            }

            if (!(replacement is AwaitExpressionSyntax) && !(replacement.DescendantNodes().OfType<AwaitExpressionSyntax>().Any()))
            {
                asyncBody = null;
            }

            if (needsBearerPrefix)
            {
                replacement = WithBearerPrefix(replacement);
            }

            var final = Fit(replacement, token);
            // A token written inside a helper (not in this call's own arguments) serves every caller of the helper.
            // A WebClient's or WebRequest's header serves every request sent with that object (a field: all of them).
            var shared = (shape == "RestSharpAuthenticator" && !helper && IsClientWide(model, token, cancellationToken))
                || shape == "WebHeaderBearer"
                || (helper && !call.Span.Contains(token.Span));
            var perRequest = shared ? PlanRequestAuthenticator(model, call, diagnostic, cancellationToken) : null;
            var edits = new List<NodeEdit> { new NodeEdit(token, current => final.WithTriviaFrom(current)) };
            if (asyncBody != null)
            {
                edits.Add(MakeAsync(asyncBody));
            }

            return new PendingPlan(new SitePlan(edits, needsProvider, null, shared, perRequest) { UnusedAfterFix = UnusedAfterReplacing(model, token, cancellationToken) });
        }

        /// <summary>The name of the parameter or local the token was read from, when the replaced place was its only reader in the method.</summary>
        private static string? UnusedAfterReplacing(SemanticModel model, ExpressionSyntax token, CancellationToken cancellationToken)
        {
            if (!(token is IdentifierNameSyntax name)
                || !(model.GetSymbolInfo(token, cancellationToken).Symbol is ISymbol symbol) || !(symbol is IParameterSymbol || symbol is ILocalSymbol))
            {
                return null;
            }

            var member = token.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            if (member is null)
            {
                return null;
            }

            foreach (var identifier in member.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier != token && identifier.Identifier.ValueText == name.Identifier.ValueText
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    return null;
                }
            }

            return symbol.Name;
        }

        /// <summary>
        /// The expression-bodied method the token sits in, when it can become <c>async</c> so that the tenant token is
        /// awaited instead of blocking: it returns Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt; and its body is
        /// exactly such a task (which <c>await</c> then unwraps).
        /// </summary>
        private static MethodDeclarationSyntax? AsyncCapableExpressionBody(SemanticModel model, ExpressionSyntax token, CancellationToken cancellationToken)
        {
            var arrow = token.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
            if (!(arrow?.Parent is MethodDeclarationSyntax method) || method.Modifiers.Any(SyntaxKind.AsyncKeyword)
                || token.Ancestors().TakeWhile(node => node != arrow).Any(node => node is AnonymousFunctionExpressionSyntax || node is QueryExpressionSyntax)
                || !(model.GetDeclaredSymbol(method, cancellationToken) is IMethodSymbol symbol) || symbol.ReturnsByRef || symbol.ReturnsByRefReadonly)
            {
                return null;
            }

            var returnType = symbol.ReturnType as INamedTypeSymbol;
            var name = returnType?.ConstructedFrom.ToDisplayString();
            if (name != "System.Threading.Tasks.Task" && name != "System.Threading.Tasks.Task<TResult>"
                && name != "System.Threading.Tasks.ValueTask" && name != "System.Threading.Tasks.ValueTask<TResult>")
            {
                return null;
            }

            var bodyType = model.GetTypeInfo(arrow.Expression, cancellationToken).Type;
            return SymbolEqualityComparer.Default.Equals(bodyType, returnType) ? method : null;
        }

        /// <summary><c>Task&lt;T&gt; M() => x;</c> becomes <c>async Task&lt;T&gt; M() => await x;</c>.</summary>
        private NodeEdit MakeAsync(MethodDeclarationSyntax method)
        {
            var tree = method.SyntaxTree;
            return new NodeEdit(method, current =>
            {
                var declaration = (MethodDeclarationSyntax)current;
                var body = declaration.ExpressionBody!;
                var awaited = Awaitable(body.Expression.WithoutTrivia(), tree);

                var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
                var modifiers = declaration.Modifiers.Count == 0
                    ? SyntaxFactory.TokenList(asyncKeyword.WithLeadingTrivia(declaration.ReturnType.GetLeadingTrivia()))
                    : declaration.Modifiers.Add(asyncKeyword);
                var returnType = declaration.Modifiers.Count == 0 ? declaration.ReturnType.WithoutLeadingTrivia() : declaration.ReturnType;
                return declaration
                    .WithModifiers(modifiers)
                    .WithReturnType(returnType)
                    .WithExpressionBody(body.WithExpression(SyntaxFactory.AwaitExpression(awaited).WithTriviaFrom(body.Expression)));
            });
        }

        /// <summary>The token is given to an authenticator of the client (its options, its Authenticator), not of one request.</summary>
        private static bool IsClientWide(SemanticModel model, ExpressionSyntax token, CancellationToken cancellationToken)
        {
            var creation = token.FirstAncestorOrSelf<ObjectCreationExpressionSyntax>();
            if (creation is null)
            {
                return false;
            }

            return !(creation.Parent is AssignmentExpressionSyntax assignment && assignment.Right == creation
                && model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol property
                && property.ContainingType?.ToDisplayString() == "RestSharp.RestRequest");
        }

        /// <summary>
        /// The same fix on this one request: <c>request.Authenticator = new JwtAuthenticator(tenant)</c> before the send
        /// (RestSharp uses the request's authenticator before the client's), the client's left as it is.
        /// </summary>
        private SitePlan? PlanRequestAuthenticator(SemanticModel model, InvocationExpressionSyntax call, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var statement = call.FirstAncestorOrSelf<StatementSyntax>();
            if (!(statement?.Parent is BlockSyntax) || !(model.GetOperation(call, cancellationToken) is IInvocationOperation send))
            {
                return null;
            }

            var requestArgument = send.Arguments.FirstOrDefault(a => a.Parameter?.Type.ToDisplayString() == "RestSharp.RestRequest");
            if (!(requestArgument?.Syntax is ArgumentSyntax argument) || !(argument.Expression is IdentifierNameSyntax request)
                || model.Compilation.GetTypeByMetadataName("RestSharp.Authenticators.JwtAuthenticator") is null
                || !(model.Compilation.GetTypeByMetadataName("RestSharp.RestRequest")?.GetMembers("Authenticator").FirstOrDefault() is IPropertySymbol { SetMethod: { } }))
            {
                return null;
            }

            var reachable = ReachableTenantToken(model, call, cancellationToken);
            var tenant = reachable ?? ProviderToken(model, call, diagnostic, cancellationToken);
            var authenticator = SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.ParseTypeName("global::RestSharp.Authenticators.JwtAuthenticator").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(tenant))),
                null);
            var assignment = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(request.Identifier.ValueText), SyntaxFactory.IdentifierName("Authenticator")),
                    authenticator))
                .WithAdditionalAnnotations(Formatter.Annotation);
            return new SitePlan(new[] { new NodeEdit(statement, current => current, assignment) }, needsProvider: reachable is null, null);
        }

        /// <summary><c>"Bearer " + token</c>, for a token that is the whole header value.</summary>
        private static ExpressionSyntax WithBearerPrefix(ExpressionSyntax token) =>
            SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("Bearer ")), token);

        /// <summary>FSUAT003 and FSUAT005: a tenant token sent where only the user's is accepted.</summary>
        internal static bool WantsUserToken(Diagnostic diagnostic) =>
            diagnostic.Id == RuleIds.TenantTokenOnRoomSearch || diagnostic.Id == RuleIds.TenantTokenOnUserOnlyEndpoint;

        /// <summary>
        /// Every replacement is a string: a token written as anything else (a whole header object, an expression that
        /// does not bind) is not replaced, or the fix would not compile.
        /// </summary>
        private static bool HoldsString(SemanticModel model, ExpressionSyntax token, CancellationToken cancellationToken) =>
            IsString(model.GetTypeInfo(token, cancellationToken).Type);

        private static InvocationExpressionSyntax? CallAt(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            return node?.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        }

        private static ExpressionSyntax? TokenAt(SyntaxNode root, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticFactory.AdditionalLocationsProperty, out var order) || order is null)
            {
                return null;
            }

            var index = Array.IndexOf(order.Split(','), "token");
            if (index < 0 || index >= diagnostic.AdditionalLocations.Count)
            {
                return null;
            }

            var location = diagnostic.AdditionalLocations[index];
            if (!location.IsInSource || location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            while (node != null && !(node is ExpressionSyntax) && node.Span == location.SourceSpan)
            {
                node = node.Parent;
            }

            if (!(node is ExpressionSyntax expression) || expression.Span != location.SourceSpan)
            {
                return null;
            }

            // Not a place a value can be put: the target of an assignment, an out/ref argument.
            if (expression.Parent is ArgumentSyntax argument && !argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                return null;
            }

            if (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Left == expression)
            {
                return null;
            }

            return expression;
        }

        /// <summary>
        /// The token is the whole header value (<c>Headers.Add("Authorization", t)</c>, a Refit <c>[Header("Authorization")]</c>
        /// argument): the tenant token needs the "Bearer " prefix that the user token's value presumably carried.
        /// </summary>
        private static bool NeedsBearerPrefix(SemanticModel model, ExpressionSyntax token, string shape, CancellationToken cancellationToken)
        {
            if (!(token.Parent is ArgumentSyntax argument) || !(argument.Parent?.Parent is InvocationExpressionSyntax invocation))
            {
                return false;
            }

            switch (shape)
            {
                case "HeaderString":
                case "RestSharpHeader":
                case "FlurlHeader":
                    var name = invocation.Expression switch
                    {
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        _ => "",
                    };
                    return HeaderValueMethods.Contains(name) && argument != invocation.ArgumentList.Arguments.FirstOrDefault();
                case "DeclarativeArgument":
                    var operation = model.GetOperation(argument, cancellationToken) as IArgumentOperation;
                    return operation?.Parameter?.GetAttributes().Any(a => a.AttributeClass?.Name is "HeaderAttribute" or "Header") == true;
                default:
                    return false;
            }
        }

        /// <summary>Parenthesizes an await or a concatenation where the token sat in a tighter place.</summary>
        private static ExpressionSyntax Fit(ExpressionSyntax replacement, ExpressionSyntax token)
        {
            var simple = replacement is InvocationExpressionSyntax || replacement is MemberAccessExpressionSyntax || replacement is IdentifierNameSyntax;
            if (simple)
            {
                return replacement;
            }

            var loose = token.Parent is ArgumentSyntax || token.Parent is InterpolationSyntax || token.Parent is EqualsValueClauseSyntax
                || token.Parent is ParenthesizedExpressionSyntax || (token.Parent is AssignmentExpressionSyntax assignment && assignment.Right == token)
                || (replacement is AwaitExpressionSyntax && token.Parent is BinaryExpressionSyntax binary && binary.Right == token);
            return loose ? replacement : SyntaxFactory.ParenthesizedExpression(replacement).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        // ---- Strategy 3: the provider ----

        private ExpressionSyntax ProviderToken(SemanticModel model, ExpressionSyntax token, Diagnostic diagnostic, CancellationToken cancellationToken, bool becomesAsync = false)
        {
            var instance = ProviderInstance(diagnostic);
            if (becomesAsync || CanAwait(token))
            {
                var arguments = SyntaxFactory.ArgumentList();
                var cancellation = CancellationTokenInScope(model, token.SpanStart);
                if (cancellation != null)
                {
                    arguments = arguments.AddArguments(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(cancellation)));
                }

                return Await(SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, instance, SyntaxFactory.IdentifierName(ProviderSource.GetTokenAsyncMethod)),
                    arguments), token.SyntaxTree);
            }

            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, instance, SyntaxFactory.IdentifierName(ProviderSource.GetTokenMethod)));
        }

        private ExpressionSyntax ProviderInstance(Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(DiagnosticFactory.HostProperty, out var host);
            var property = host != null && host.IndexOf("larksuite", StringComparison.OrdinalIgnoreCase) >= 0 ? ProviderSource.LarkProperty : ProviderSource.SharedProperty;
            return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ProviderType(), SyntaxFactory.IdentifierName(property));
        }

        private ExpressionSyntax ProviderType() =>
            SyntaxFactory.ParseName(Provider.QualifiedName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        private static string? CancellationTokenInScope(SemanticModel model, int position)
        {
            foreach (var symbol in model.LookupSymbols(position))
            {
                if (symbol is IParameterSymbol parameter && parameter.Type.Name == "CancellationToken"
                    && parameter.Type.ContainingNamespace?.ToDisplayString() == "System.Threading" && parameter.RefKind == RefKind.None)
                {
                    return parameter.Name;
                }
            }

            return null;
        }

        /// <summary><c>await x</c>, or <c>await x.ConfigureAwait(false)</c> where the file's own awaits are written so.</summary>
        private ExpressionSyntax Await(ExpressionSyntax awaited, SyntaxTree tree) => SyntaxFactory.AwaitExpression(Awaitable(awaited, tree));

        /// <summary><paramref name="task"/>, with <c>.ConfigureAwait(false)</c> when the file's convention asks for it.</summary>
        private ExpressionSyntax Awaitable(ExpressionSyntax task, SyntaxTree tree)
        {
            var configures = _configuresAwaits.TryGetValue(tree, out var known) ? known : _configuresAwaits[tree] = ConfiguresAwaits(tree.GetRoot());
            return !configures ? task : SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, task, SyntaxFactory.IdentifierName("ConfigureAwait")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression)))));
        }

        /// <summary>The file's convention: most of its awaits end with <c>.ConfigureAwait(false)</c> (library code).</summary>
        internal static bool ConfiguresAwaits(SyntaxNode root)
        {
            int awaits = 0, configured = 0;
            foreach (var awaitExpression in root.DescendantNodes().OfType<AwaitExpressionSyntax>())
            {
                awaits++;
                if (awaitExpression.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: { Identifier: { ValueText: "ConfigureAwait" } } } } call
                    && call.ArgumentList.Arguments.Count == 1 && call.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression))
                {
                    configured++;
                }
            }

            return configured > 0 && configured * 2 >= awaits;
        }

        /// <summary>Whether an <c>await</c> may be written here: inside an async method, lambda or local function, not under a lock.</summary>
        internal static bool CanAwait(SyntaxNode node)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case LockStatementSyntax _:
                    case QueryExpressionSyntax _:
                        return false;
                    case AnonymousFunctionExpressionSyntax function:
                        return function.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                    case LocalFunctionStatementSyntax local:
                        return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case MethodDeclarationSyntax method:
                        return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case MemberDeclarationSyntax _:
                        return false;
                }
            }

            return false;
        }

        // ---- Strategy 2: a tenant token already reachable where the token is written ----

        private ExpressionSyntax? ReachableTenantToken(SemanticModel model, ExpressionSyntax token, CancellationToken cancellationToken, bool becomesAsync = false)
        {
            var position = token.SpanStart;
            var tokenSymbol = model.GetSymbolInfo(token, cancellationToken).Symbol;
            var instanceContext = HasInstance(model, position);
            var canAwait = becomesAsync || CanAwait(token);

            // A sibling of the member the token is read from: session.UserAccessToken -> session.TenantAccessToken.
            if (token is MemberAccessExpressionSyntax member && !(member.Expression is ThisExpressionSyntax) && !(member.Expression is BaseExpressionSyntax)
                && (tokenSymbol is IPropertySymbol || tokenSymbol is IFieldSymbol))
            {
                var owner = model.GetTypeInfo(member.Expression, cancellationToken).Type;
                for (var type = owner; type != null; type = type.BaseType)
                {
                    foreach (var candidate in type.GetMembers())
                    {
                        if (candidate.IsStatic == tokenSymbol.IsStatic && IsReadableString(candidate) && IsTenantName(candidate.Name)
                            && model.IsAccessible(position, candidate) && !SymbolEqualityComparer.Default.Equals(candidate, tokenSymbol))
                        {
                            return member.WithName(SyntaxFactory.IdentifierName(candidate.Name)).WithoutTrivia();
                        }
                    }
                }
            }

            var symbols = model.LookupSymbols(position);
            var found = new List<ISymbol>();
            foreach (var symbol in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(symbol, tokenSymbol))
                {
                    continue;
                }

                switch (symbol)
                {
                    case ILocalSymbol local when IsString(local.Type) && DeclaredBefore(local, position)
                        && (IsTenantName(local.Name) || LocalIsTenant(model, local, cancellationToken)):
                        found.Add(symbol);
                        break;
                    case IParameterSymbol parameter when IsString(parameter.Type) && parameter.RefKind != RefKind.Out && IsTenantName(parameter.Name):
                        found.Add(symbol);
                        break;
                    case IFieldSymbol _:
                    case IPropertySymbol _:
                        if ((symbol.IsStatic || instanceContext) && IsReadableString(symbol) && IsTenantName(symbol.Name) && model.IsAccessible(position, symbol))
                        {
                            found.Add(symbol);
                        }

                        break;
                }
            }

            // Locals first, then parameters, then members; among equals by name, so that the answer does not depend on lookup order.
            foreach (var symbol in found.OrderBy(Rank).ThenBy(s => s.Name, StringComparer.Ordinal))
            {
                var reference = Reference(model, position, symbol);
                if (AnalyzerSeesTenant(model, token, reference, cancellationToken))
                {
                    return reference;
                }
            }

            // A method of the type that returns a tenant token: GetToken() posting to tenant_access_token/internal, GetTenantAccessTokenAsync().
            var enclosing = EnclosingMember(model, position);
            foreach (var symbol in symbols)
            {
                if (!(symbol is IMethodSymbol method) || method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod
                    || method.Parameters.Any(p => !p.IsOptional) || (!method.IsStatic && !instanceContext)
                    || SymbolEqualityComparer.Default.Equals(method, enclosing) || !model.IsAccessible(position, method)
                    || method.DeclaringSyntaxReferences.IsEmpty)
                {
                    continue;
                }

                var awaited = IsTaskOfString(method.ReturnType);
                if (!(IsString(method.ReturnType) || (awaited && canAwait)) || !ReturnsTenantToken(method, cancellationToken))
                {
                    continue;
                }

                var name = SyntaxFactory.IdentifierName(method.Name);
                ExpressionSyntax target = LookupFinds(model, position, method) ? name
                    : method.IsStatic ? (ExpressionSyntax)SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParseTypeName(method.ContainingType.ToDisplayString()), name)
                    : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ThisExpression(), name);
                ExpressionSyntax invocation = SyntaxFactory.InvocationExpression(target);
                return awaited ? Await(invocation, token.SyntaxTree) : invocation;
            }

            return ServiceTenantToken(model, position, enclosing, instanceContext, canAwait, cancellationToken);
        }

        /// <summary>
        /// A method of a service the type holds (an injected <c>_auth.GetTenantAccessTokenAsync()</c>) that returns a tenant
        /// token, preferring the one the type already calls.
        /// </summary>
        private ExpressionSyntax? ServiceTenantToken(SemanticModel model, int position, ISymbol? enclosing, bool instanceContext, bool canAwait, CancellationToken cancellationToken)
        {
            var type = enclosing?.ContainingType;
            if (type is null)
            {
                return null;
            }

            var used = MethodsCalledIn(model.Compilation, type, cancellationToken);
            var candidates = new List<(bool Used, string Member, string Method, ExpressionSyntax Expression)>();
            foreach (var member in type.GetMembers())
            {
                var holder = member switch
                {
                    IFieldSymbol field when !field.IsImplicitlyDeclared => field.Type,
                    IPropertySymbol property when !property.IsIndexer && property.GetMethod != null => property.Type,
                    _ => null,
                };
                if (holder is null || holder.SpecialType != SpecialType.None || (!member.IsStatic && !instanceContext) || !model.IsAccessible(position, member))
                {
                    continue;
                }

                foreach (var method in holder.GetMembers().OfType<IMethodSymbol>())
                {
                    if (method.MethodKind != MethodKind.Ordinary || method.IsStatic || method.IsGenericMethod || method.Parameters.Any(p => !p.IsOptional)
                        || !model.IsAccessible(position, method))
                    {
                        continue;
                    }

                    var awaited = IsTaskOfString(method.ReturnType);
                    if (!(IsString(method.ReturnType) || (awaited && canAwait)) || !ReturnsTenantToken(method, cancellationToken))
                    {
                        continue;
                    }

                    ExpressionSyntax call = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression, Reference(model, position, member), SyntaxFactory.IdentifierName(method.Name)));
                    candidates.Add((used.Contains(method.OriginalDefinition), member.Name, method.Name, awaited ? Await(call, model.SyntaxTree) : call));
                }
            }

            return candidates
                .OrderBy(c => c.Used ? 0 : 1)
                .ThenBy(c => c.Member, StringComparer.Ordinal)
                .ThenBy(c => c.Method, StringComparer.Ordinal)
                .Select(c => c.Expression)
                .FirstOrDefault();
        }

        /// <summary>The methods a type's own source calls.</summary>
        private static HashSet<IMethodSymbol> MethodsCalledIn(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var called = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                var model = compilation.GetSemanticModel(syntax.SyntaxTree);
                foreach (var invocation in syntax.DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method)
                    {
                        called.Add(method.OriginalDefinition);
                    }
                }
            }

            return called;
        }

        private static int Rank(ISymbol symbol) => symbol is ILocalSymbol ? 0 : symbol is IParameterSymbol ? 1 : 2;

        /// <summary>
        /// Whether the analyzer itself would call <paramref name="candidate"/>, written where the token is, a tenant token:
        /// a name alone is not enough when the value's origin says otherwise (a field set from a parameter of unknown kind),
        /// or the fix would trade one finding for another.
        /// </summary>
        private bool AnalyzerSeesTenant(SemanticModel model, ExpressionSyntax token, ExpressionSyntax candidate, CancellationToken cancellationToken) =>
            AnalyzerSees(TokenKind.Tenant, model, token, candidate, cancellationToken);

        private bool AnalyzerSees(TokenKind kind, SemanticModel model, ExpressionSyntax token, ExpressionSyntax candidate, CancellationToken cancellationToken)
        {
            var enclosingBody = token.FirstAncestorOrSelf<SyntaxNode>(node => node is BaseMethodDeclarationSyntax || node is AccessorDeclarationSyntax || node is LocalFunctionStatementSyntax || node is AnonymousFunctionExpressionSyntax);
            if (enclosingBody is null || !(model.GetOperation(enclosingBody, cancellationToken) is IOperation root))
            {
                return false;
            }

            // Bound where the token is: as a statement in a block, or as the expression body it sits in.
            SemanticModel? speculative;
            ExpressionSyntax probed;
            var statement = token.FirstAncestorOrSelf<StatementSyntax>();
            var arrow = token.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>();
            if (statement != null && (arrow is null || statement.SpanStart > arrow.SpanStart))
            {
                var probe = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName("var"),
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator("fsuatProbe").WithInitializer(SyntaxFactory.EqualsValueClause(candidate.WithoutTrivia())))));
                probed = probe.Declaration.Variables[0].Initializer!.Value;
                if (!model.TryGetSpeculativeSemanticModel(statement.SpanStart, probe, out speculative))
                {
                    return false;
                }
            }
            else if (arrow != null)
            {
                var probe = SyntaxFactory.ArrowExpressionClause(candidate.WithoutTrivia());
                probed = probe.Expression;
                if (!model.TryGetSpeculativeSemanticModel(arrow.SpanStart, probe, out speculative))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            if (!(speculative.GetOperation(probed, cancellationToken) is IOperation value))
            {
                return false;
            }

            var method = EnclosingMember(model, token.SpanStart) as IMethodSymbol;
            return Classify(() => TokenClassifier.Classify(value, CallContext.Unbound(root, method), new Tracer(_session, cancellationToken), 0), kind);
        }

        // ---- FSUAT003 / FSUAT005: the user's token, where the call accepts only that ----

        /// <summary>A local or parameter in reach that the analyzer sees as the user's token (locals first, then by name).</summary>
        private ExpressionSyntax? ReachableUserToken(SemanticModel model, ExpressionSyntax token, CancellationToken cancellationToken)
        {
            var position = token.SpanStart;
            var tokenSymbol = model.GetSymbolInfo(token, cancellationToken).Symbol;
            var candidates = model.LookupSymbols(position)
                .Where(symbol => !SymbolEqualityComparer.Default.Equals(symbol, tokenSymbol)
                    && (symbol is ILocalSymbol local && IsString(local.Type) && DeclaredBefore(local, position)
                        || symbol is IParameterSymbol parameter && IsString(parameter.Type) && parameter.RefKind != RefKind.Out))
                .OrderBy(Rank)
                .ThenBy(symbol => symbol.Name, StringComparer.Ordinal);
            foreach (var symbol in candidates)
            {
                var reference = SyntaxFactory.IdentifierName(symbol.Name);
                if (AnalyzerSees(TokenKind.User, model, token, reference, cancellationToken))
                {
                    return reference;
                }
            }

            return null;
        }

        private static ExpressionSyntax Reference(SemanticModel model, int position, ISymbol symbol)
        {
            var name = SyntaxFactory.IdentifierName(symbol.Name);
            if (LookupFinds(model, position, symbol) || symbol is ILocalSymbol || symbol is IParameterSymbol)
            {
                return name;
            }

            return symbol.IsStatic
                ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParseTypeName(symbol.ContainingType.ToDisplayString()), name)
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ThisExpression(), name);
        }

        private static bool LookupFinds(SemanticModel model, int position, ISymbol symbol)
        {
            var found = model.LookupSymbols(position, name: symbol.Name);
            return found.Length > 0 && found.All(s => SymbolEqualityComparer.Default.Equals(s, symbol) || s is IMethodSymbol == symbol is IMethodSymbol && s.Kind == symbol.Kind && s is IMethodSymbol);
        }

        private bool IsTenantName(string name) => _session.Names.Classify(name) == TokenKind.Tenant;

        private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

        private static bool IsTaskOfString(ITypeSymbol type) =>
            type is INamedTypeSymbol { IsGenericType: true } named && (named.Name == "Task" || named.Name == "ValueTask")
            && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" && IsString(named.TypeArguments[0]);

        private static bool IsReadableString(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => IsString(field.Type),
            IPropertySymbol property => IsString(property.Type) && !property.IsIndexer && property.GetMethod != null,
            _ => false,
        };

        private static bool DeclaredBefore(ILocalSymbol local, int position) =>
            local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End < position;

        private static ISymbol? EnclosingMember(SemanticModel model, int position)
        {
            var symbol = model.GetEnclosingSymbol(position);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol;
        }

        private static bool HasInstance(SemanticModel model, int position)
        {
            var symbol = model.GetEnclosingSymbol(position);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
            {
                if (function.IsStatic)
                {
                    return false;
                }

                symbol = symbol.ContainingSymbol;
            }

            return symbol is IMethodSymbol || symbol is IPropertySymbol || symbol is IEventSymbol ? !symbol.IsStatic : false;
        }

        private bool LocalIsTenant(SemanticModel model, ILocalSymbol local, CancellationToken cancellationToken)
        {
            if (!(local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer })
                || !(model.GetOperation(initializer.Value, cancellationToken) is IOperation value))
            {
                return false;
            }

            var root = value;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            var method = EnclosingMember(model, initializer.SpanStart) as IMethodSymbol;
            return Classify(() => TokenClassifier.Classify(value, CallContext.Unbound(root, method), new Tracer(_session, cancellationToken), 0));
        }

        private bool ReturnsTenantToken(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (IsTenantName(method.Name))
            {
                return true;
            }

            return Classify(() =>
            {
                var body = _session.BodyOf(method, cancellationToken);
                if (body is null)
                {
                    return TokenVerdict.Nothing;
                }

                var tracer = new Tracer(_session, cancellationToken);
                var verdict = TokenVerdict.Nothing;
                foreach (var returned in Tracer.ReturnedValues(body))
                {
                    verdict = TokenVerdict.Combine(verdict, TokenClassifier.Classify(returned, CallContext.Unbound(body, method), tracer, 0));
                }

                return verdict;
            });
        }

        private static bool Classify(Func<TokenVerdict> classify, TokenKind kind = TokenKind.Tenant)
        {
            try
            {
                return classify().Kind == kind;
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return false;
            }
        }

        // ---- Strategy 1: FeishuNetSdk ----

        private PendingPlan? PlanSdk(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
            if (!(call.Expression is MemberAccessExpressionSyntax access) || !(model.GetOperation(call, cancellationToken) is IInvocationOperation operation))
            {
                return null;
            }

            var tenantApi = _compilation.GetTypeByMetadataName("FeishuNetSdk.IFeishuTenantApi");
            var userMethod = operation.TargetMethod;
            var tokenParameter = userMethod.Parameters.FirstOrDefault(p => p.Type.Name == "UserAccessToken");
            if (tenantApi is null || tokenParameter is null)
            {
                return null;
            }

            var rest = userMethod.Parameters.Where(p => !SymbolEqualityComparer.Default.Equals(p, tokenParameter)).ToList();
            var tenantMethod = new[] { tenantApi }.Concat(tenantApi.AllInterfaces).SelectMany(t => t.GetMembers(userMethod.Name)).OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.Parameters.Length == rest.Count
                    && m.Parameters.Zip(rest, (a, b) => a.Name == b.Name && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same));
            if (tenantMethod is null)
            {
                return null;
            }

            var tokenArgument = operation.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, tokenParameter))?.Syntax as ArgumentSyntax;
            if (tokenArgument is null || !call.ArgumentList.Arguments.Contains(tokenArgument))
            {
                return null;
            }

            var position = call.SpanStart;
            var instanceContext = HasInstance(model, position);
            ISymbol? found = null;
            foreach (var symbol in model.LookupSymbols(position))
            {
                var type = symbol switch
                {
                    ILocalSymbol local when DeclaredBefore(local, position) => local.Type,
                    IParameterSymbol parameter when parameter.RefKind != RefKind.Out => parameter.Type,
                    IFieldSymbol field when field.IsStatic || instanceContext => field.Type,
                    IPropertySymbol property when !property.IsIndexer && property.GetMethod != null && (property.IsStatic || instanceContext) => property.Type,
                    _ => null,
                };
                if (type != null && (SymbolEqualityComparer.Default.Equals(type, tenantApi) || type.AllInterfaces.Contains(tenantApi, SymbolEqualityComparer.Default))
                    && model.IsAccessible(position, symbol))
                {
                    found = found is null || Rank(symbol) < Rank(found) || (Rank(symbol) == Rank(found) && string.CompareOrdinal(symbol.Name, found.Name) < 0) ? symbol : found;
                }
            }

            TenantApiInjection? injection = null;
            IMethodSymbol? constructorSymbol = null;
            NodeEdit? extraEdit = null;
            ExpressionSyntax receiver;
            if (found != null)
            {
                receiver = Reference(model, position, found);
            }
            else
            {
                // None in scope: have one given where this code is reached from.
                var given = GiveTenantApi(model, call, tenantApi, instanceContext, cancellationToken);
                if (given is null)
                {
                    return null;
                }

                receiver = given.Value.Receiver;
                injection = given.Value.Injection;
                constructorSymbol = given.Value.ChangedSignature;
                extraEdit = given.Value.Edit;
            }

            var argumentIndex = call.ArgumentList.Arguments.IndexOf(tokenArgument);
            var rewrite = new NodeEdit(call, current =>
            {
                var invocation = (InvocationExpressionSyntax)current;
                if (!(invocation.Expression is MemberAccessExpressionSyntax currentAccess) || argumentIndex >= invocation.ArgumentList.Arguments.Count)
                {
                    return current;
                }

                var arguments = invocation.ArgumentList.Arguments;
                var removed = arguments.RemoveAt(argumentIndex);
                if (argumentIndex == 0 && removed.Count > 0)
                {
                    removed = removed.Replace(removed[0], removed[0].WithLeadingTrivia(arguments[0].GetLeadingTrivia()));
                }

                return invocation
                    .WithExpression(currentAccess.WithExpression(receiver.WithTriviaFrom(currentAccess.Expression)))
                    .WithArgumentList(invocation.ArgumentList.WithArguments(removed));
            });
            var edits = extraEdit is null ? new[] { rewrite } : new[] { rewrite, extraEdit };
            return new PendingPlan(new SitePlan(edits, needsProvider: false, injection), constructorSymbol);
        }

        private static string Unique(string name, HashSet<string> used)
        {
            var candidate = name;
            for (var i = 2; used.Contains(candidate); i++)
            {
                candidate = name + i;
            }

            return candidate;
        }

        // ---- A client whose DefaultRequestHeaders carry the user token: this request gets its own header ----

        /// <summary>
        /// The token is the client's default header, shared by every request of the client: this one request gets the
        /// tenant token in its own header through the provider (a request's header takes precedence over the default).
        /// The call is matched by its parameters, so named arguments and every overload of the send methods are read.
        /// </summary>
        private PendingPlan? PlanPerRequestHeader(SemanticModel model, InvocationExpressionSyntax call, Diagnostic diagnostic)
        {
            if (!(call.Expression is MemberAccessExpressionSyntax access) || !(model.GetOperation(call) is IInvocationOperation operation))
            {
                return null;
            }

            var method = operation.TargetMethod;
            var containing = method.ContainingType?.ToDisplayString();
            var extension = method.IsExtensionMethod && containing == "System.Net.Http.Json.HttpClientJsonExtensions";
            if (!extension && containing != "System.Net.Http.HttpClient" && containing != "System.Net.Http.HttpMessageInvoker")
            {
                return null;
            }

            var arguments = new Dictionary<string, ExpressionSyntax>(StringComparer.Ordinal);
            foreach (var argument in operation.Arguments)
            {
                if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    return null;
                }

                if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter.Ordinal >= (extension ? 1 : 0))
                {
                    arguments[argument.Parameter.Name] = ((ArgumentSyntax)argument.Syntax).Expression.WithoutTrivia();
                }
            }

            // Overloads this fix does not know how to carry over (System.Text.Json source-generated type info, a runtime Type).
            if (arguments.Keys.Any(name => name != "request" && name != "requestUri" && name != "content" && name != "value"
                && name != "completionOption" && name != "cancellationToken" && name != "options"))
            {
                return null;
            }

            arguments.TryGetValue("requestUri", out var uri);
            arguments.TryGetValue("completionOption", out var completion);
            var client = access.Expression.WithoutTrivia();
            var helperArguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(client) };
            string helper;
            TypeArgumentListSyntax? typeArguments = null;
            var name = method.Name;
            switch (name)
            {
                case "SendAsync" when !extension && arguments.TryGetValue("request", out var request):
                    helper = "SendAsync";
                    helperArguments.Add(SyntaxFactory.Argument(request));
                    break;
                case "GetStringAsync" when !extension && uri != null:
                case "GetByteArrayAsync" when !extension && uri != null && TakesStringUri(method):
                case "GetStreamAsync" when !extension && uri != null && TakesStringUri(method):
                    helper = name;
                    helperArguments.Add(SyntaxFactory.Argument(uri));
                    break;
                case "GetAsync" when !extension && uri != null && completion != null:
                    helper = "SendAsync";
                    helperArguments.Add(SyntaxFactory.Argument(NewRequest("Get", uri)));
                    break;
                case "GetAsync" when !extension && uri != null:
                case "DeleteAsync" when !extension && uri != null:
                case "PostAsync" when !extension && uri != null:
                case "PutAsync" when !extension && uri != null:
                case "PatchAsync" when !extension && uri != null:
                    helper = "SendAsync";
                    helperArguments.Add(SyntaxFactory.Argument(HttpMethod(Verb(name))));
                    helperArguments.Add(SyntaxFactory.Argument(uri));
                    if (arguments.TryGetValue("content", out var content))
                    {
                        helperArguments.Add(SyntaxFactory.Argument(content));
                    }
                    else if (name != "GetAsync" && name != "DeleteAsync")
                    {
                        return null;
                    }

                    break;
                case "PostAsJsonAsync" when uri != null:
                case "PutAsJsonAsync" when uri != null:
                case "PatchAsJsonAsync" when uri != null:
                    if (!arguments.TryGetValue("value", out var value))
                    {
                        return null;
                    }

                    helper = "SendAsync";
                    helperArguments.Add(SyntaxFactory.Argument(HttpMethod(Verb(name.Replace("AsJson", "")))));
                    helperArguments.Add(SyntaxFactory.Argument(uri));
                    helperArguments.Add(SyntaxFactory.Argument(JsonContent(access.Name, value, arguments.TryGetValue("options", out var jsonOptions) ? jsonOptions : null)));
                    break;
                case "GetFromJsonAsync" when uri != null && access.Name is GenericNameSyntax:
                case "DeleteFromJsonAsync" when uri != null && access.Name is GenericNameSyntax:
                    if (!Features.HttpJson)
                    {
                        return null;
                    }

                    helper = "ReadFromJsonAsync";
                    typeArguments = ((GenericNameSyntax)access.Name).TypeArgumentList;
                    helperArguments.Add(SyntaxFactory.Argument(NewRequest(Verb(name.Replace("FromJson", "")), uri)));
                    if (arguments.TryGetValue("options", out var readOptions))
                    {
                        helperArguments.Add(SyntaxFactory.Argument(readOptions));
                    }

                    break;
                default:
                    return null;
            }

            if (completion != null)
            {
                if (helper != "SendAsync" || helperArguments.Count != 2)
                {
                    return null;
                }

                helperArguments.Add(SyntaxFactory.Argument(completion));
            }

            if (arguments.TryGetValue("cancellationToken", out var cancellation))
            {
                helperArguments.Add(SyntaxFactory.Argument(cancellation).WithNameColon(SyntaxFactory.NameColon("cancellationToken")));
            }

            if (!ProviderOffers(helper, helperArguments.Count))
            {
                return null;
            }

            SimpleNameSyntax helperName = typeArguments is null
                ? SyntaxFactory.IdentifierName(helper)
                : SyntaxFactory.GenericName(SyntaxFactory.Identifier(helper), typeArguments.WithoutTrivia());
            var replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ProviderInstance(diagnostic), helperName),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(helperArguments)));
            return new PendingPlan(new SitePlan(new[] { new NodeEdit(call, current => replacement.WithTriviaFrom(current)) }, needsProvider: true, null));
        }

        /// <summary>The overload takes the URI as a string (the provider's GetStreamAsync/GetByteArrayAsync do).</summary>
        private static bool TakesStringUri(IMethodSymbol method) =>
            method.Parameters.Any(p => p.Name == "requestUri" && p.Type.SpecialType == SpecialType.System_String);

        /// <summary>"GetAsync" -> "Get", "PatchAsync" -> "Patch".</summary>
        private static string Verb(string sendMethod) => sendMethod.Substring(0, sendMethod.Length - "Async".Length);

        /// <summary>Whether the provider the fix will call has <paramref name="method"/> for this many arguments (an older provider in the project may not).</summary>
        private bool ProviderOffers(string method, int arguments) =>
            !Provider.Exists || Provider.Methods.Any(m => m.Name == method && m.MaxArguments >= arguments && m.MinArguments <= arguments);

        private static ExpressionSyntax NewRequest(string verb, ExpressionSyntax uri) =>
            SyntaxFactory.ObjectCreationExpression(
                SyntaxFactory.ParseTypeName("global::System.Net.Http.HttpRequestMessage").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(HttpMethod(verb)), SyntaxFactory.Argument(uri) })),
                null);

        /// <summary><c>JsonContent.Create(value, options: options)</c>, what PostAsJsonAsync sends, with the same type argument if one was written.</summary>
        private static ExpressionSyntax JsonContent(SimpleNameSyntax sendName, ExpressionSyntax value, ExpressionSyntax? options)
        {
            var type = SyntaxFactory.ParseTypeName("global::System.Net.Http.Json.JsonContent").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            SimpleNameSyntax create = sendName is GenericNameSyntax generic
                ? SyntaxFactory.GenericName(SyntaxFactory.Identifier("Create"), generic.TypeArgumentList.WithoutTrivia())
                : SyntaxFactory.IdentifierName("Create");
            var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(value) };
            if (options != null)
            {
                arguments.Add(SyntaxFactory.Argument(options).WithNameColon(SyntaxFactory.NameColon("options")));
            }

            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, (ExpressionSyntax)type, create),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)));
        }

        private static ExpressionSyntax HttpMethod(string verb)
        {
            var type = SyntaxFactory.ParseName("global::System.Net.Http.HttpMethod").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            if (verb == "Patch")
            {
                // HttpMethod.Patch is not in netstandard2.0 / .NET Framework.
                return SyntaxFactory.ObjectCreationExpression(type)
                    .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("PATCH"))))));
            }

            return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(verb));
        }

        /// <summary>
        /// Where an <c>IFeishuTenantApi</c> can come from when none is in scope, in this order: a new parameter of the
        /// class's only constructor (with a field), of its primary constructor, of a minimal-API handler lambda (resolved
        /// from the services), or of the method itself. A constructor or method that is called anywhere in the
        /// solution is not changed (see <see cref="Check"/>).
        /// </summary>
        private (ExpressionSyntax Receiver, TenantApiInjection? Injection, NodeEdit? Edit, IMethodSymbol? ChangedSignature)? GiveTenantApi(
            SemanticModel model, InvocationExpressionSyntax call, INamedTypeSymbol tenantApi, bool instanceContext, CancellationToken cancellationToken)
        {
            var typeName = "global::" + tenantApi.ToDisplayString();
            var lambda = call.FirstAncestorOrSelf<ParenthesizedLambdaExpressionSyntax>();
            if (lambda != null && IsRouteHandler(model, lambda, cancellationToken)
                && lambda.ParameterList.Parameters.All(parameter => parameter.Type != null))
            {
                var name = Unique("tenantApi", new HashSet<string>(model.LookupSymbols(call.SpanStart).Select(symbol => symbol.Name)));
                return (SyntaxFactory.IdentifierName(name), null, AddParameter(lambda.ParameterList, name, typeName), null);
            }

            if (call.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() != null || call.FirstAncestorOrSelf<LocalFunctionStatementSyntax>() != null)
            {
                return null;
            }

            var type = call.FirstAncestorOrSelf<ClassDeclarationSyntax>();
            var typeSymbol = type is null ? null : model.GetDeclaredSymbol(type, cancellationToken);
            if (type is null || typeSymbol is null || typeSymbol.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var memberNames = new HashSet<string>(typeSymbol.GetMembers().Select(m => m.Name));
            if (instanceContext)
            {
                var constructors = type.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
                if (type.ParameterList != null)
                {
                    // A primary constructor: its parameter is in scope in every member.
                    var primary = typeSymbol.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == type.ParameterList.Parameters.Count
                        && c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) == type));
                    if (primary is null)
                    {
                        return null;
                    }

                    var name = Unique("tenantApi", new HashSet<string>(memberNames.Concat(type.ParameterList.Parameters.Select(p => p.Identifier.ValueText))));
                    return (SyntaxFactory.IdentifierName(name), null, AddParameter(type.ParameterList, name, typeName), primary);
                }

                if (constructors.Count == 1 && (constructors[0].Body != null || constructors[0].ExpressionBody != null))
                {
                    var fieldName = Unique("_tenantApi", memberNames);
                    var parameterName = Unique("tenantApi", new HashSet<string>(constructors[0].ParameterList.Parameters.Select(p => p.Identifier.ValueText)));
                    var injection = new TenantApiInjection(type, constructors[0], fieldName, parameterName, typeName);
                    return (SyntaxFactory.IdentifierName(fieldName), injection, null, model.GetDeclaredSymbol(constructors[0], cancellationToken));
                }
            }

            // A static class or method (or a class with several constructors): the method takes it as a parameter.
            if (call.FirstAncestorOrSelf<MemberDeclarationSyntax>() is MethodDeclarationSyntax method
                && model.GetDeclaredSymbol(method, cancellationToken) is IMethodSymbol methodSymbol
                && methodSymbol.MethodKind == MethodKind.Ordinary && !methodSymbol.IsOverride && !methodSymbol.IsVirtual && !methodSymbol.IsAbstract
                && methodSymbol.ExplicitInterfaceImplementations.IsEmpty && !IsInterfaceImplementation(methodSymbol))
            {
                var name = Unique("tenantApi", new HashSet<string>(model.LookupSymbols(call.SpanStart).Select(symbol => symbol.Name)));
                return (SyntaxFactory.IdentifierName(name), null, AddParameter(method.ParameterList, name, typeName), methodSymbol);
            }

            return null;
        }

        private static bool IsInterfaceImplementation(IMethodSymbol method) =>
            method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers().OfType<IMethodSymbol>())
                .Any(member => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method));

        /// <summary>A lambda given to an ASP.NET Core route (<c>app.MapGet(pattern, handler)</c>): its parameters are resolved from the services.</summary>
        private static bool IsRouteHandler(SemanticModel model, ParenthesizedLambdaExpressionSyntax lambda, CancellationToken cancellationToken) =>
            lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax route } }
            && model.GetSymbolInfo(route, cancellationToken).Symbol is IMethodSymbol map
            && map.Name.StartsWith("Map", StringComparison.Ordinal)
            && map.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true;

        /// <summary>Adds <c>Type name</c> to a parameter list, before any optional or params parameter.</summary>
        private static NodeEdit AddParameter(ParameterListSyntax list, string name, string typeName) =>
            new NodeEdit(list, current =>
            {
                var parameters = ((ParameterListSyntax)current).Parameters;
                var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
                    .WithType(SyntaxFactory.ParseTypeName(typeName).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation).WithTrailingTrivia(SyntaxFactory.Space));
                var index = 0;
                while (index < parameters.Count && parameters[index].Default is null && !parameters[index].Modifiers.Any(SyntaxKind.ParamsKeyword))
                {
                    index++;
                }

                return ((ParameterListSyntax)current).WithParameters(parameters.Insert(index, parameter));
            });

        private sealed class PendingPlan
        {
            public PendingPlan(SitePlan plan, IMethodSymbol? injectInto = null)
            {
                Plan = plan;
                InjectInto = injectInto;
            }

            public SitePlan Plan { get; }

            public IMethodSymbol? InjectInto { get; }
        }
    }
}
