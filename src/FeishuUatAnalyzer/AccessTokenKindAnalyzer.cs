using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Configuration;
using FeishuUatAnalyzer.Pipeline;
using FeishuUatAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer
{
    /// <summary>
    /// Finds calls that send a Feishu access token of the wrong kind: a user_access_token to the meeting-room
    /// APIs that accept only a tenant_access_token since 2024-03-31 (and the rest of Feishu's token table).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AccessTokenKindAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Tests set this so that a failure of the walk surfaces instead of being swallowed.</summary>
        internal static bool RethrowFailures { get; set; }

        /// <summary>
        /// Tests set this (for their own flow of execution only) to make the walk throw, and so check that a hardening
        /// test notices a failure (AD0001) instead of passing whatever happens.
        /// </summary>
        internal static readonly System.Threading.AsyncLocal<bool> InjectFailure = new System.Threading.AsyncLocal<bool>();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.CreateRange(Descriptors.ById.Values);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var options = AnalyzerOptionsReader.Read(context.Options, context.Compilation, context.CancellationToken);
            if (options.EndpointFileErrors.Count > 0)
            {
                var errors = options.EndpointFileErrors;
                context.RegisterAdditionalFileAction(file =>
                {
                    foreach (var error in errors)
                    {
                        if (error.Location.GetLineSpan().Path == file.AdditionalFile.Path)
                        {
                            file.ReportDiagnostic(error);
                        }
                    }
                });
            }

            // Configuration mistakes are reported whether or not the code reaches Feishu: they are why it might not seem to.
            var (issuesByTree, issuesByFile) = ConfigurationCheck.Check(context.Options, context.Compilation, context.CancellationToken);
            if (issuesByTree.Count > 0)
            {
                context.RegisterSyntaxTreeAction(tree =>
                {
                    if (issuesByTree.TryGetValue(tree.Tree, out var issues))
                    {
                        foreach (var issue in issues)
                        {
                            tree.ReportDiagnostic(issue);
                        }
                    }
                });
            }

            if (issuesByFile.Count > 0)
            {
                context.RegisterAdditionalFileAction(file =>
                {
                    if (issuesByFile.TryGetValue(file.AdditionalFile.Path, out var issues))
                    {
                        foreach (var issue in issues)
                        {
                            file.ReportDiagnostic(issue);
                        }
                    }
                });
            }

            // Early bail-out: nothing can reach a Feishu API without FeishuNetSdk, an /open-apis/ path in the code, or a referenced client that names one.
            if (!FeishuReach.MayCallFeishu(context.Compilation, context.CancellationToken))
            {
                return;
            }

            var session = new AnalysisSession(context.Compilation, options.Catalogue, options.Names, Sites.TokenEndpointCalls.Read);
            context.RegisterOperationAction(operation => AnalyzeInvocation(operation, session), OperationKind.Invocation);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, AnalysisSession session)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod is null)
            {
                return;
            }

            try
            {
                if (InjectFailure.Value)
                {
                    throw new InvalidOperationException("A failure injected by a test.");
                }

                RequestPipeline.Analyze(invocation, new Tracer(session, context.CancellationToken), context.ReportDiagnostic);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException) && !RethrowFailures)
            {
                // Never take the build down (AD0001): a shape the walk did not foresee is left unreported.
            }
        }
    }
}
