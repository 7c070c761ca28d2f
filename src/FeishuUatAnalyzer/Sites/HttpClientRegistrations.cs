using System;
using System.Collections.Generic;
using System.Threading;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// Clients configured in DI: <c>services.AddHttpClient("feishu", c => { c.BaseAddress = ...; c.DefaultRequestHeaders... })</c>
    /// with <c>.ConfigureHttpClient(...)</c> and <c>.AddHttpMessageHandler&lt;T&gt;()</c> / <c>.AddHttpMessageHandler(() => new T())</c>;
    /// <c>AddHttpClient&lt;TClient&gt;</c> / <c>&lt;TClient, TImplementation&gt;</c> for typed clients (named after TClient, as the
    /// factory names them). A client obtained by <c>CreateClient("feishu")</c> (a constant name), or the <c>HttpClient</c> a
    /// typed client's constructor receives, gets every registration of its name, in order.
    /// </summary>
    internal static class HttpClientRegistrations
    {
        private const string MethodName = "AddHttpClient";

        /// <summary>The registrations of one compilation, read at most once, on the first client that needs them.</summary>
        internal sealed class Store
        {
            private Registry? _registry;

            /// <summary>Whether the registrations were read (tests check that they are read only when a client needs them).</summary>
            public bool IsBuilt => Volatile.Read(ref _registry) != null;

            public Registry Get(AnalysisSession session, CancellationToken cancellationToken)
            {
                var known = Volatile.Read(ref _registry);
                if (known != null)
                {
                    return known;
                }

                // Cancellation throws out of Build and nothing is kept; the registry holds no verdicts, so no walk's cut can leak into it.
                var built = Registry.Build(session, cancellationToken);
                return Interlocked.CompareExchange(ref _registry, built, null) ?? built;
            }
        }

        /// <summary>The registrations that configure this client (empty when it is not obtained from the factory or a typed client).</summary>
        public static List<Registration> For(ObjectFacts clientFacts, Tracer tracer)
        {
            var result = new List<Registration>();
            List<string>? names = null;
            foreach (var producer in clientFacts.Producers)
            {
                var method = producer.Invocation.TargetMethod;
                if (method.Name == "CreateClient" && tracer.Session.Known.Is(method.ContainingType, TypeRole.HttpClientFactory)
                    && OperationRoots.Argument(producer.Invocation, "name")?.ConstantValue.Value is string name)
                {
                    (names ??= new List<string>()).Add(name);
                }
            }

            Registry? registry = null;
            foreach (var parameter in clientFacts.UnboundParameters)
            {
                if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                    && tracer.Session.Known.Is(parameter.Type, TypeRole.HttpSender))
                {
                    registry ??= tracer.Session.Store<Store>().Get(tracer.Session, tracer.CancellationToken);
                    if (registry.TypedNames.TryGetValue(constructor.ContainingType.OriginalDefinition, out var typedNames))
                    {
                        (names ??= new List<string>()).AddRange(typedNames);
                    }
                }
            }

            if (names is null)
            {
                return result;
            }

            registry ??= tracer.Session.Store<Store>().Get(tracer.Session, tracer.CancellationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (seen.Add(name) && registry.ByName.TryGetValue(name, out var registrations))
                {
                    result.AddRange(registrations);
                }
            }

            return result;
        }

        /// <summary>What the registrations' configure actions do to the client (its BaseAddress, its default headers).</summary>
        public static ObjectFacts ConfiguredFacts(List<Registration> registrations, Tracer tracer)
        {
            var facts = new ObjectFacts();
            foreach (var registration in registrations)
            {
                foreach (var configure in registration.Configures)
                {
                    var client = ClientParameter(configure);
                    var reference = client is null ? null : MessageHandlers.FirstReference(configure.Body, client);
                    if (reference is null)
                    {
                        continue;
                    }

                    var read = tracer.FactsOf(reference, CallContext.Unbound(OperationRoots.RootOf(reference), OperationRoots.OwnerOf(OperationRoots.RootOf(reference))));
                    facts.Assignments.AddRange(read.Assignments);
                    facts.Calls.AddRange(read.Calls);
                }
            }

            return facts;
        }

        /// <summary>The handlers the registrations add, outermost (first added) first.</summary>
        public static List<HandlerUse> Handlers(List<Registration> registrations, Tracer tracer)
        {
            var handlers = new List<HandlerUse>();
            foreach (var registration in registrations)
            {
                foreach (var handler in registration.Handlers)
                {
                    if (handler.Type != null)
                    {
                        if (!handler.Type.DeclaringSyntaxReferences.IsEmpty)
                        {
                            handlers.Add(new HandlerUse(handler.Type, null, null, alternative: false));
                        }
                    }
                    else if (handler.Factory != null)
                    {
                        foreach (var returned in Tracer.ReturnedValues(handler.Factory.Body))
                        {
                            var context = CallContext.Unbound(OperationRoots.RootOf(returned), OperationRoots.OwnerOf(OperationRoots.RootOf(returned)));
                            MessageHandlers.AddChain(returned, context, tracer, handlers, 0);
                        }
                    }
                }
            }

            return handlers;
        }

        private static IParameterSymbol? ClientParameter(IAnonymousFunctionOperation configure)
        {
            foreach (var parameter in configure.Symbol.Parameters)
            {
                if (parameter.Type.Name == "HttpClient")
                {
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>One <c>AddHttpClient(...)</c> chain: its configure actions and the handlers it adds.</summary>
        internal sealed class Registration
        {
            public List<IAnonymousFunctionOperation> Configures { get; } = new List<IAnonymousFunctionOperation>();

            public List<HandlerRegistration> Handlers { get; } = new List<HandlerRegistration>();
        }

        /// <summary><c>AddHttpMessageHandler&lt;T&gt;()</c> (a type DI makes) or <c>AddHttpMessageHandler(() => new T(...))</c> (a factory).</summary>
        internal readonly struct HandlerRegistration
        {
            public HandlerRegistration(INamedTypeSymbol? type, IAnonymousFunctionOperation? factory)
            {
                Type = type;
                Factory = factory;
            }

            public INamedTypeSymbol? Type { get; }

            public IAnonymousFunctionOperation? Factory { get; }
        }

        /// <summary>Every registration of the compilation by client name, and the names typed clients are registered under.</summary>
        internal sealed class Registry
        {
            public Dictionary<string, List<Registration>> ByName { get; } = new Dictionary<string, List<Registration>>(StringComparer.Ordinal);

            public Dictionary<INamedTypeSymbol, List<string>> TypedNames { get; } = new Dictionary<INamedTypeSymbol, List<string>>(SymbolEqualityComparer.Default);

            /// <summary>Only trees whose text names AddHttpClient are parsed and bound; only the calls so named are bound.</summary>
            public static Registry Build(AnalysisSession session, CancellationToken cancellationToken)
            {
                var registry = new Registry();
                foreach (var tree in session.Compilation.SyntaxTrees)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!TextSearch.TreeMentions(tree, MethodName, cancellationToken))
                    {
                        continue;
                    }

                    SemanticModel? model = null;
                    foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                    {
                        if (!(node is InvocationExpressionSyntax invocation) || AnalysisSession.CalledName(invocation.Expression) != MethodName)
                        {
                            continue;
                        }

                        model ??= session.ModelFor(tree);
                        if (model?.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                            && session.Known.Is(operation.TargetMethod.ContainingType, TypeRole.HttpClientRegistration))
                        {
                            registry.Add(operation, session.Known);
                        }
                    }
                }

                return registry;
            }

            private void Add(IInvocationOperation addHttpClient, KnownTypes known)
            {
                var method = addHttpClient.TargetMethod;
                var nameArgument = OperationRoots.Argument(addHttpClient, "name");
                var name = nameArgument?.ConstantValue.Value as string;
                if (nameArgument != null && name is null)
                {
                    // A name the analysis cannot compute: no client can be proved to be this one.
                    return;
                }

                INamedTypeSymbol? implementation = null;
                if (method.TypeArguments.Length > 0)
                {
                    implementation = method.TypeArguments[method.TypeArguments.Length - 1] as INamedTypeSymbol;

                    // The factory names a typed client after its service type, without namespace (generic ones are left out).
                    if (name is null && method.TypeArguments[0] is INamedTypeSymbol { IsGenericType: false } service)
                    {
                        name = service.Name;
                    }
                }

                if (name is null)
                {
                    return;
                }

                var registration = new Registration();
                AddConfigure(addHttpClient, registration);

                // The builder's chain: services.AddHttpClient(...).AddHttpMessageHandler<T>().ConfigureHttpClient(...).
                IOperation current = addHttpClient;
                while (Outer(current) is IArgumentOperation { Parameter: { Ordinal: 0 } } receiver
                       && receiver.Parent is IInvocationOperation next && next.TargetMethod.IsExtensionMethod
                       && known.Is(next.TargetMethod.ContainingType, TypeRole.HttpClientRegistration))
                {
                    switch (next.TargetMethod.Name)
                    {
                        case "AddHttpMessageHandler" when next.TargetMethod.TypeArguments.Length == 1:
                            registration.Handlers.Add(new HandlerRegistration(next.TargetMethod.TypeArguments[0] as INamedTypeSymbol, null));
                            break;
                        case "AddHttpMessageHandler":
                            if (Lambda(OperationRoots.Argument(next, "configureHandler")) is IAnonymousFunctionOperation factory)
                            {
                                registration.Handlers.Add(new HandlerRegistration(null, factory));
                            }

                            break;
                        case "ConfigureHttpClient":
                            AddConfigure(next, registration);
                            break;
                    }

                    current = next;
                }

                if (!ByName.TryGetValue(name, out var list))
                {
                    ByName[name] = list = new List<Registration>();
                }

                list.Add(registration);
                if (implementation != null)
                {
                    var key = implementation.OriginalDefinition;
                    if (!TypedNames.TryGetValue(key, out var names))
                    {
                        TypedNames[key] = names = new List<string>();
                    }

                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }
            }

            private static void AddConfigure(IInvocationOperation call, Registration registration)
            {
                if (Lambda(OperationRoots.Argument(call, "configureClient")) is IAnonymousFunctionOperation configure)
                {
                    registration.Configures.Add(configure);
                }
            }

            private static IOperation? Outer(IOperation operation)
            {
                var parent = operation.Parent;
                while (parent is IConversionOperation)
                {
                    parent = parent.Parent;
                }

                return parent;
            }

            /// <summary>The lambda a delegate argument is written as, if it is one.</summary>
            internal static IAnonymousFunctionOperation? Lambda(IOperation? value) => value is null ? null : OperationRoots.Unwrap(value) switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
                IAnonymousFunctionOperation lambda => lambda,
                _ => null,
            };
        }
    }
}
