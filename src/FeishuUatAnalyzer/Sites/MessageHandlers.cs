using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// Message handlers of the compilation (a <c>DelegatingHandler</c> or <c>HttpMessageHandler</c> subclass) whose
    /// <c>SendAsync</c>/<c>Send</c> override sets the request's Authorization: every request sent through a client
    /// built on them carries that token. Handlers run outermost first, after the client has added its default headers,
    /// so an unconditional assignment overwrites the request's own header; one guarded by a test of the request's
    /// Authorization (<c>if (request.Headers.Authorization == null)</c>) only fills it when absent.
    /// </summary>
    internal static class MessageHandlers
    {
        private const int MaxChain = 4;

        /// <summary>The handlers a client created from <paramref name="clientFacts"/> runs, outermost first.</summary>
        public static List<HandlerUse> OfClient(ObjectFacts clientFacts, Tracer tracer)
        {
            var handlers = new List<HandlerUse>();
            foreach (var creation in clientFacts.Creations)
            {
                if (tracer.Session.Known.Is(creation.Operation.Type, TypeRole.HttpSender)
                    && OperationRoots.Argument(creation.Operation.Arguments, "handler") is IOperation handler)
                {
                    AddChain(handler, creation.Context.For(handler), tracer, handlers, 0);
                }
            }

            foreach (var producer in clientFacts.Producers)
            {
                // The WebApi client's HttpClientFactory.Create([innerHandler,] params DelegatingHandler[] handlers): handlers[0] outermost.
                var method = producer.Invocation.TargetMethod;
                if (method.Name != "Create" || !method.IsStatic || !tracer.Session.Known.Is(method.ContainingType, TypeRole.HttpClientFactory))
                {
                    continue;
                }

                IOperation? inner = null;
                foreach (var argument in producer.Invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "innerHandler")
                    {
                        inner = argument.Value;
                    }
                    else if (argument.Parameter?.Name == "handlers")
                    {
                        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } items })
                        {
                            foreach (var item in items.ElementValues)
                            {
                                AddChain(item, producer.Context.For(item), tracer, handlers, 0);
                            }
                        }
                        else if (OperationRoots.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } explicitItems })
                        {
                            foreach (var item in explicitItems.ElementValues)
                            {
                                AddChain(item, producer.Context.For(item), tracer, handlers, 0);
                            }
                        }
                    }
                }

                if (inner != null)
                {
                    AddChain(inner, producer.Context.For(inner), tracer, handlers, 0);
                }
            }

            return handlers;
        }

        /// <summary>
        /// The handlers a value may be: creations of handler classes of the compilation, followed through locals and
        /// fields, then their inner handlers (constructor argument or <c>InnerHandler = ...</c>). A value that may be one of
        /// several handlers marks each as only sometimes in the chain.
        /// </summary>
        public static void AddChain(IOperation value, CallContext context, Tracer tracer, List<HandlerUse> into, int depth)
        {
            if (depth >= MaxChain)
            {
                tracer.Cut();
                return;
            }

            var creations = new List<(IObjectCreationOperation Creation, CallContext Context)>();
            foreach (var source in tracer.Sources(value, context))
            {
                if (source.Operation != null && OperationRoots.Unwrap(source.Operation) is IObjectCreationOperation creation && IsHandler(creation.Type, tracer))
                {
                    creations.Add((creation, source.Context.For(creation)));
                }
            }

            foreach (var (creation, creationContext) in creations)
            {
                if (creation.Type is INamedTypeSymbol type && !type.DeclaringSyntaxReferences.IsEmpty)
                {
                    into.Add(new HandlerUse(type, creation, creationContext, alternative: creations.Count > 1));
                }

                foreach (var argument in creation.Arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.Explicit && IsHandler(argument.Parameter?.Type, tracer))
                    {
                        AddChain(argument.Value, creationContext.For(argument.Value), tracer, into, depth + 1);
                    }
                }

                if (creation.Initializer != null)
                {
                    foreach (var item in creation.Initializer.Initializers)
                    {
                        if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "InnerHandler" } } } inner)
                        {
                            AddChain(inner.Value, creationContext.For(inner.Value), tracer, into, depth + 1);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Applies one handler to the tokens a request carries when it reaches it: replaces them, fills them when absent,
        /// or adds a path (a handler that sets Authorization only under some other condition).
        /// </summary>
        public static void Apply(HandlerUse handler, List<TokenRef> tokens, Tracer tracer)
        {
            var read = Read(handler, tracer);
            if (read.Count == 0)
            {
                return;
            }

            var mode = HandlerMode.Replaces;
            foreach (var (_, tokenMode) in read)
            {
                mode = tokenMode > mode ? tokenMode : mode;
            }

            if (handler.Alternative && mode == HandlerMode.Replaces)
            {
                mode = HandlerMode.Sometimes;
            }

            if (mode == HandlerMode.WhenAbsent && tokens.Count > 0)
            {
                return;
            }

            if (mode == HandlerMode.Replaces)
            {
                tokens.Clear();
            }

            foreach (var (token, _) in read)
            {
                tokens.Add(token);
            }
        }

        /// <summary>The Authorization tokens a handler's <c>SendAsync</c>/<c>Send</c> sets on the request, each with how it applies.</summary>
        private static List<(TokenRef Token, HandlerMode Mode)> Read(HandlerUse handler, Tracer tracer)
        {
            var result = new List<(TokenRef, HandlerMode)>();
            var send = SendOverride(handler.Type);
            if (send is null || !HelperBody(send, tracer, out var body))
            {
                return result;
            }

            var request = RequestParameter(send);
            var reference = request is null ? null : FirstReference(body!, request);
            if (reference is null)
            {
                return result;
            }

            var context = CallContext.Unbound(body!, send);
            var facts = tracer.FactsOf(reference, context);
            var setters = new List<(IOperation Setter, IOperation Value, CallContext Context)>();
            foreach (var assignment in facts.Assignments)
            {
                if (assignment.Member == "Headers.Authorization")
                {
                    setters.Add((assignment.Value, assignment.Value, assignment.Context));
                }
            }

            foreach (var call in facts.Calls)
            {
                if ((call.Name == "Headers.Add" || call.Name == "Headers.TryAddWithoutValidation")
                    && HeaderValues.IsAuthorization(OperationRoots.Argument(call.Invocation, "name"))
                    && OperationRoots.Argument(call.Invocation, "value") is IOperation value)
                {
                    setters.Add((call.Invocation, value, call.Context));
                }
            }

            var setterOperations = new List<IOperation>();
            foreach (var setter in setters)
            {
                setterOperations.Add(setter.Setter);
            }

            foreach (var setter in setters)
            {
                var token = HeaderValues.TokenPart(setter.Value, out _, TokenShape.MessageHandler, tracer.Session.Known);
                result.Add((Token(token, setter.Context, handler, tracer), ModeOf(setter.Setter, body!, setterOperations)));
            }

            // request.Headers.Authorization ??= ...: set only when absent.
            foreach (var operation in body!.Descendants())
            {
                if (operation is ICoalesceAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Authorization" }, Instance: IPropertyReferenceOperation { Property: { Name: "Headers" } } headers } } fill
                    && OperationRoots.Unwrap(headers.Instance!) is IParameterReferenceOperation owner && SymbolEqualityComparer.Default.Equals(owner.Parameter, request))
                {
                    var token = HeaderValues.TokenPart(fill.Value, out _, TokenShape.MessageHandler, tracer.Session.Known);
                    result.Add((Token(token, context, handler, tracer), HandlerMode.WhenAbsent));
                }
            }

            return result;
        }

        /// <summary>
        /// The token, its constructor parameters filled with the arguments of the <c>new</c> that made this handler
        /// (<c>new FeishuAuthHandler(userAccessToken)</c>); a handler made by DI keeps them open.
        /// </summary>
        private static TokenRef Token(IOperation token, CallContext context, HandlerUse handler, Tracer tracer)
        {
            if (handler.Creation is null || handler.Creation.Constructor is null)
            {
                return new TokenRef(token, context, TokenShape.MessageHandler);
            }

            var verdict = TokenClassifier.Classify(token, context, tracer, 0);
            if (verdict.Holes.IsEmpty)
            {
                return new TokenRef(token, context, TokenShape.MessageHandler, verdict);
            }

            var constructor = handler.Creation.Constructor.OriginalDefinition;
            var filled = verdict.Own;
            foreach (var hole in verdict.Holes)
            {
                IOperation? argument = null;
                if (SymbolEqualityComparer.Default.Equals(hole.Parameter.ContainingSymbol?.OriginalDefinition, constructor))
                {
                    foreach (var candidate in handler.Creation.Arguments)
                    {
                        if (candidate.Parameter?.Ordinal == hole.Parameter.Ordinal && candidate.ArgumentKind == ArgumentKind.Explicit)
                        {
                            argument = candidate.Value;
                        }
                    }
                }

                var path = argument is null ? TokenVerdict.Hole(hole) : TokenClassifier.Classify(argument, handler.Context!.For(argument), tracer, 1);
                if (hole.Fallback != null && argument != null && (path.Kind == TokenKind.None || path.Kind == TokenKind.Unknown))
                {
                    path = hole.Fallback;
                }

                filled = TokenVerdict.Combine(filled, path);
            }

            return new TokenRef(token, context, TokenShape.MessageHandler, filled);
        }

        /// <summary>
        /// Whether the header is set on every request: not when it stands under a condition, a loop or a handler clause, or
        /// after a branch that may return first; a condition that reads the request's Authorization makes it "when absent".
        /// </summary>
        private static HandlerMode ModeOf(IOperation setter, IOperation body, List<IOperation> setters)
        {
            var mode = PathMode(setter, body, setters);

            // if (request.Headers.Authorization != null) return base.SendAsync(...); before the setter.
            foreach (var operation in body.Descendants())
            {
                if (operation is IConditionalOperation earlier && earlier.Syntax.Span.End <= setter.Syntax.SpanStart && !InNestedFunction(earlier, body) && Leaves(earlier))
                {
                    mode = Weaker(mode, ReadsAuthorization(earlier.Condition) ? HandlerMode.WhenAbsent : HandlerMode.Sometimes);
                }
            }

            return mode;
        }

        /// <summary>
        /// How the setter applies as seen from <paramref name="top"/>: weakened by every condition, loop or clause between
        /// them, except an if/else whose other branch sets the header on every path too (then either branch sets it).
        /// </summary>
        private static HandlerMode PathMode(IOperation setter, IOperation top, List<IOperation> setters)
        {
            var mode = HandlerMode.Replaces;
            for (IOperation? current = setter, parent = setter.Parent; parent != null && current != top; current = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when current != conditional.Condition:
                        if (ReadsAuthorization(conditional.Condition))
                        {
                            mode = Weaker(mode, HandlerMode.WhenAbsent);
                        }
                        else if (!(conditional.WhenFalse is { } whenFalse && Covers(current == whenFalse ? conditional.WhenTrue : whenFalse, setters)))
                        {
                            mode = Weaker(mode, HandlerMode.Sometimes);
                        }

                        break;
                    case ILoopOperation _:
                    case ISwitchCaseOperation _:
                    case ICatchClauseOperation _:
                    case ICoalesceOperation _:
                    case IConditionalAccessOperation _:
                    case IAnonymousFunctionOperation _:
                    case ILocalFunctionOperation _:
                        mode = Weaker(mode, HandlerMode.Sometimes);
                        break;
                }
            }

            return mode;
        }

        /// <summary>Whether some setter inside <paramref name="branch"/> sets the header on every path through it.</summary>
        private static bool Covers(IOperation branch, List<IOperation> setters)
        {
            foreach (var setter in setters)
            {
                if (IsIn(setter, branch) && PathMode(setter, branch, setters) == HandlerMode.Replaces)
                {
                    return true;
                }
            }

            return false;
        }

        private static HandlerMode Weaker(HandlerMode a, HandlerMode b) => a > b ? a : b; // WhenAbsent over Sometimes over Replaces.

        private static bool Leaves(IConditionalOperation conditional)
        {
            foreach (var operation in conditional.Descendants())
            {
                if ((operation is IReturnOperation || operation is IThrowOperation) && !IsIn(operation, conditional.Condition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a return there leaves a lambda or local function rather than the handler's method.</summary>
        private static bool InNestedFunction(IOperation operation, IOperation body)
        {
            for (var current = operation.Parent; current != null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIn(IOperation operation, IOperation ancestor)
        {
            for (var current = operation; current != null; current = current.Parent)
            {
                if (current == ancestor)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a condition tests the request's Authorization (<c>Headers.Authorization == null</c>, <c>Headers.Contains("Authorization")</c>).</summary>
        private static bool ReadsAuthorization(IOperation condition)
        {
            foreach (var operation in condition.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Property: { Name: "Authorization" } }:
                        return true;
                    case IInvocationOperation invocation when HeaderValues.IsAuthorization(OperationRoots.Argument(invocation, "name")):
                        return true;
                }
            }

            return false;
        }

        public static bool IsHandler(ITypeSymbol? type, Tracer tracer)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (tracer.Session.Known.Is(current, TypeRole.HttpMessageHandler))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The <c>SendAsync</c> (or <c>Send</c>) override the handler runs: its own or the nearest base class's in source.</summary>
        private static IMethodSymbol? SendOverride(INamedTypeSymbol type)
        {
            foreach (var name in new[] { "SendAsync", "Send" })
            {
                for (var current = type; current != null && !current.DeclaringSyntaxReferences.IsEmpty; current = current.BaseType)
                {
                    foreach (var member in current.GetMembers(name))
                    {
                        if (member is IMethodSymbol { IsOverride: true } method && RequestParameter(method) != null)
                        {
                            return method;
                        }
                    }
                }
            }

            return null;
        }

        private static bool HelperBody(IMethodSymbol method, Tracer tracer, out IOperation? body)
        {
            body = tracer.Session.BodyOf(method, tracer.CancellationToken);
            return body != null;
        }

        private static IParameterSymbol? RequestParameter(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.Name == "HttpRequestMessage")
                {
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>A reference to the parameter in the body: what the object's facts are read from.</summary>
        internal static IOperation? FirstReference(IOperation body, IParameterSymbol parameter)
        {
            foreach (var operation in body.Descendants())
            {
                if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                {
                    return reference;
                }
            }

            return null;
        }
    }

    /// <summary>How a handler's Authorization applies to a request that reaches it; a later value overrides an earlier one.</summary>
    internal enum HandlerMode
    {
        /// <summary>Set on every request: the request's own token is overwritten.</summary>
        Replaces,

        /// <summary>Set under some condition that is not the request's Authorization: one more path the token may take.</summary>
        Sometimes,

        /// <summary>Set only when the request has none (whatever else the handler tests).</summary>
        WhenAbsent,
    }

    /// <summary>A handler class of the compilation in a client's chain, with the <c>new</c> that made it (null when DI makes it).</summary>
    internal sealed class HandlerUse
    {
        public HandlerUse(INamedTypeSymbol type, IObjectCreationOperation? creation, CallContext? context, bool alternative)
        {
            Type = type;
            Creation = creation;
            Context = context;
            Alternative = alternative;
        }

        public INamedTypeSymbol Type { get; }

        public IObjectCreationOperation? Creation { get; }

        public CallContext? Context { get; }

        /// <summary>The chain may hold another handler in its place.</summary>
        public bool Alternative { get; }
    }
}
