using System;
using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>
    /// Decides the kind of a token expression. Evidence, strongest first: where the value came from (the
    /// answer of a token endpoint, the signed-in user's OAuth token, an SDK type), a literal's prefix or a
    /// configuration key, and last the names of what it flows through. A parameter with no evidence of its
    /// own is decided by the argument the caller passed, or left to the callers.
    /// </summary>
    internal static class TokenClassifier
    {
        public static TokenVerdict Classify(IOperation operation, CallContext context, Tracer tracer, int depth) => Domain.Instance.Evaluate(operation, context, tracer, depth);

        /// <summary>
        /// Token kinds as a value domain: every path counts (a user path makes a user token), a parameter with no
        /// telling name is a hole for the callers, and references are read here because their names are evidence too.
        /// </summary>
        private sealed class Domain : ValueDomain<TokenVerdict>
        {
            public static readonly Domain Instance = new Domain();

            protected override bool SkipsItself => true;

            protected override TokenVerdict Constant(IOperation operation) => Literal(operation.ConstantValue.Value as string);

            protected override TokenVerdict Unknown(IOperation operation) => TokenClassifier.Unknown(operation);

            protected override bool TryRead(IOperation operation, CallContext context, Tracer tracer, int depth, out TokenVerdict value)
            {
                value = Read(operation, context, tracer, depth);
                return true;
            }

            protected override TokenVerdict Unbound(ValueSource parameter, Tracer tracer) =>
                NameVerdict(NameOf(parameter.ParameterSymbol!), null, tracer) ?? TokenVerdict.Hole(parameter.ParameterSymbol!);

            protected override TokenVerdict Join(TokenVerdict joined, TokenVerdict next, out bool settled)
            {
                settled = false;
                return TokenVerdict.Combine(joined, next);
            }

            protected override TokenVerdict NoSource(IOperation operation) => TokenVerdict.Nothing;
        }

        /// <summary>What an operation says of a token's kind, after constants, the depth check and conversions.</summary>
        private static TokenVerdict Read(IOperation operation, CallContext context, Tracer tracer, int depth)
        {
            if (operation.Type is ITypeSymbol type && tracer.Session.Known.Is(type, TypeRole.FeishuSdkUserToken))
            {
                return TokenVerdict.Of(TokenKind.User, EvidenceKind.SdkParameterType, type.Name);
            }

            switch (operation)
            {
                case IAwaitOperation awaited:
                    return Classify(awaited.Operation, context, tracer, depth + 1);

                case ICoalesceOperation coalesce:
                    return TokenVerdict.Combine(Classify(coalesce.Value, context, tracer, depth + 1), Classify(coalesce.WhenNull, context, tracer, depth + 1));

                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return TokenVerdict.Combine(Classify(conditional.WhenTrue, context, tracer, depth + 1), Classify(whenFalse, context, tracer, depth + 1));

                case IConditionalAccessOperation access:
                    return Classify(access.WhenNotNull, context, tracer, depth + 1);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concat when concat.Type?.SpecialType == SpecialType.System_String:
                    return TokenVerdict.Combine(Classify(concat.LeftOperand, context, tracer, depth + 1), Classify(concat.RightOperand, context, tracer, depth + 1));

                case IInterpolatedStringOperation interpolated:
                    var parts = TokenVerdict.Nothing;
                    foreach (var part in interpolated.Parts)
                    {
                        parts = TokenVerdict.Combine(parts, part is IInterpolationOperation hole
                            ? Classify(hole.Expression, context, tracer, depth + 1)
                            : part is IInterpolatedStringTextOperation text ? Literal(text.Text.ConstantValue.Value as string) : TokenVerdict.Nothing);
                    }

                    return parts;

                case IInvocationOperation invocation:
                    return ClassifyCall(invocation, context, tracer, depth);

                case IObjectCreationOperation header when header.Arguments.Length == 2 && tracer.Session.Known.Is(header.Type, TypeRole.AuthenticationHeaderValue):
                    return Classify(header.Arguments[1].Value, context, tracer, depth + 1);

                // new ValueTask<string>(token): the token, already there.
                case IObjectCreationOperation completed when completed.Arguments.Length == 1 && tracer.Session.Known.Is(completed.Type, TypeRole.Task)
                    && completed.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String:
                    return Classify(completed.Arguments[0].Value, context, tracer, depth + 1);

                case IPropertyReferenceOperation { Property: { IsIndexer: true } } indexer:
                    return ConfigurationRead(tracer, indexer.Property.ContainingType, indexer.Arguments.Length == 1 ? indexer.Arguments[0].Value : null, EvidenceKind.ConfigurationKey) ?? Unknown(operation);

                case IPropertyReferenceOperation { Instance: { } taskInstance, Property: { Name: "Result" } }
                    when tracer.Session.Known.Is(taskInstance.Type, TypeRole.Task):
                    return Classify(taskInstance, context, tracer, depth + 1);

                case IParameterReferenceOperation parameter:
                    var byName = NameVerdict(NameOf(parameter.Parameter), null, tracer);
                    if (byName != null)
                    {
                        return byName;
                    }

                    return FromSources(operation, context, tracer, depth, NameOf(parameter.Parameter), null);

                case ILocalReferenceOperation local:
                    return FromSources(operation, context, tracer, depth, local.Local.Name, null);

                case IFieldReferenceOperation field:
                    return FromMember(operation, field.Instance, field.Field, context, tracer, depth);

                case IPropertyReferenceOperation property:
                    return FromMember(operation, property.Instance, property.Property, context, tracer, depth);

                default:
                    return Unknown(operation);
            }
        }

        /// <summary>A parameter's name as evidence: a property setter's <c>value</c> is named by its property (<c>UserAccessToken { set => ... }</c>).</summary>
        private static string NameOf(IParameterSymbol parameter) =>
            parameter.IsImplicitlyDeclared && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property }
                ? property.Name
                : parameter.Name;

        private static TokenVerdict FromMember(IOperation operation, IOperation? instance, ISymbol member, CallContext context, Tracer tracer, int depth)
        {
            // A member of an answer object (a DTO, a parsed document): what the answer was decides.
            if (instance != null && !(instance is IInstanceReferenceOperation))
            {
                var origin = FindOrigin(instance, context, tracer, depth + 1);
                if (origin != null)
                {
                    return origin;
                }
            }

            var qualified = member.ContainingType?.Name + "." + member.Name;
            if (member.DeclaringSyntaxReferences.IsEmpty)
            {
                return NameVerdict(member.Name, qualified, tracer) ?? Unknown(operation);
            }

            if (instance is null || instance is IInstanceReferenceOperation)
            {
                return FromSources(operation, context, tracer, depth, member.Name, qualified);
            }

            // A member of another object of this compilation (session.UserAccessToken): what its type assigns to it, then its name.
            var verdict = TokenVerdict.Nothing;
            foreach (var value in tracer.MemberValues(member))
            {
                verdict = TokenVerdict.Combine(verdict, Classify(value, context.For(value), tracer, depth + 1));
            }

            if (verdict.Kind == TokenKind.None || verdict.Kind == TokenKind.Unknown || verdict.Kind == TokenKind.Deferred)
            {
                return NameVerdict(member.Name, qualified, tracer) ?? (verdict.Kind == TokenKind.None || verdict.Kind == TokenKind.Deferred ? Unknown(operation) : verdict);
            }

            return verdict;
        }

        /// <summary>Every value the symbol may hold; if they say nothing, its name.</summary>
        private static TokenVerdict FromSources(IOperation operation, CallContext context, Tracer tracer, int depth, string name, string? qualified)
        {
            var verdict = Domain.Instance.FromSources(operation, context, tracer, depth);

            if (verdict.Kind == TokenKind.None || verdict.Kind == TokenKind.Unknown)
            {
                return NameVerdict(name, qualified, tracer) ?? (verdict.Kind == TokenKind.None ? Unknown(operation) : verdict);
            }

            // A parameter flowed in: its callers decide, and if what they pass tells nothing, this name does.
            if (verdict.Kind == TokenKind.Deferred && NameVerdict(name, qualified, tracer) is TokenVerdict byName)
            {
                return verdict.WithFallback(byName);
            }

            return verdict;
        }

        private static TokenVerdict ClassifyCall(IInvocationOperation invocation, CallContext context, Tracer tracer, int depth)
        {
            var method = invocation.TargetMethod;
            var receiver = OperationRoots.Receiver(invocation);
            switch (method.Name)
            {
                // Task.FromResult(token), ValueTask.FromResult(token): the token, already there.
                case "FromResult" when method.IsStatic && tracer.Session.Known.Is(method.ContainingType, TypeRole.Task) && invocation.Arguments.Length == 1:
                    return Classify(invocation.Arguments[0].Value, context, tracer, depth + 1);

                case "ToString" when receiver != null:
                case "GetAwaiter" when receiver != null:
                case "GetResult" when receiver != null:
                case "ConfigureAwait" when receiver != null:
                case "Trim" when receiver != null:
                    return Classify(receiver, context, tracer, depth + 1);

                // The signed-in user's OAuth token, as ASP.NET Core's authentication handler saved it.
                case "GetTokenAsync":
                case "GetTokenValue":
                    var tokenName = OperationRoots.Argument(invocation, "tokenName")?.ConstantValue.Value as string;
                    if (tokenName == "access_token")
                    {
                        return TokenVerdict.Of(TokenKind.User, EvidenceKind.SignedInUser, method.Name + "(\"access_token\")");
                    }

                    break;

                case "GetEnvironmentVariable" when tracer.Session.Known.Is(method.ContainingType, TypeRole.Environment):
                    return ConfigurationRead(tracer, null, OperationRoots.ArgumentAt(invocation, 0), EvidenceKind.EnvironmentVariable) ?? Unknown(invocation);

                case "GetValue":
                case "GetConnectionString":
                case "GetSection":
                    var configuration = ConfigurationRead(tracer, method.ContainingType, OperationRoots.Argument(invocation, "key") ?? OperationRoots.Argument(invocation, "name"), EvidenceKind.ConfigurationKey);
                    if (configuration != null)
                    {
                        return configuration;
                    }

                    break;
            }

            // A method of this compilation: what it returns; for an interface, abstract or virtual method whose bodies
            // the compilation declares, what they all agree on (one body alone does not speak for the others).
            if (HelperMethods.IsHelper(method) || Implementations.IsDispatched(method))
            {
                var returned = ReturnedTokens.AtDispatchedCall(invocation, context, tracer, depth)
                    ?? (HelperMethods.IsHelper(method) ? ReturnedTokens.AtCall(invocation, context, tracer, depth) : null);
                if (returned is null)
                {
                    return FromMetadataCall(invocation, method, context, tracer, depth);
                }

                if (returned.Kind != TokenKind.None && returned.Kind != TokenKind.Unknown)
                {
                    return returned;
                }
            }
            else
            {
                return FromMetadataCall(invocation, method, context, tracer, depth);
            }

            return ByCallName(invocation, method, tracer);
        }

        /// <summary>A call whose body the compilation does not hold: the answer it returns, a key that names the kind, or its name.</summary>
        private static TokenVerdict FromMetadataCall(IInvocationOperation invocation, IMethodSymbol method, CallContext context, Tracer tracer, int depth)
        {
            var origin = FindOrigin(invocation, context, tracer, depth + 1);
            if (origin != null)
            {
                return origin;
            }

            // A store or cache read by a key that names the kind: cache.Get("feishu_tenant_token").
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.ConstantValue.Value is string key && tracer.Session.Names.Classify(key) is var kind && kind != TokenKind.None)
                {
                    return TokenVerdict.Of(kind, EvidenceKind.ConfigurationKey, key);
                }
            }

            return ByCallName(invocation, method, tracer);
        }

        /// <summary>GetTokenAsync() says nothing by itself; on a FeishuTenantTokenProvider or an IUserTokenStore it does.</summary>
        private static TokenVerdict ByCallName(IInvocationOperation invocation, IMethodSymbol method, Tracer tracer) =>
            NameVerdict(method.Name, method.ContainingType?.Name + "." + method.Name, tracer)
                ?? (method.ContainingType is null ? null : NameVerdict(method.ContainingType.Name, null, tracer))
                ?? Unknown(invocation);

        /// <summary>
        /// Follows a value back through calls, members, locals and awaits to the answer of a request; if that
        /// request went to a token endpoint, the value is a token of the kind that endpoint issues.
        /// </summary>
        public static TokenVerdict? FindOrigin(IOperation operation, CallContext context, Tracer tracer, int depth) => Origins.Instance.Evaluate(operation, context, tracer, depth);

        /// <summary>Origins as a value domain: a search along the paths, settled by the first answer of a token endpoint found.</summary>
        private sealed class Origins : ValueDomain<TokenVerdict?>
        {
            public static readonly Origins Instance = new Origins();

            protected override bool SkipsItself => true;

            protected override TokenVerdict? Constant(IOperation operation) => null;

            protected override TokenVerdict? Unknown(IOperation operation) => null;

            protected override bool TryRead(IOperation operation, CallContext context, Tracer tracer, int depth, out TokenVerdict? value)
            {
                value = ReadOrigin(operation, context, tracer, depth, out var read);
                return read;
            }

            protected override TokenVerdict? Unbound(ValueSource parameter, Tracer tracer) => null;

            protected override TokenVerdict? Join(TokenVerdict? joined, TokenVerdict? next, out bool settled)
            {
                settled = false;
                return joined ?? next;
            }

            protected override bool Settles(TokenVerdict? value) => value != null;
        }

        /// <summary>The origin an operation reveals itself; <paramref name="read"/> false leaves a reference to its sources.</summary>
        private static TokenVerdict? ReadOrigin(IOperation operation, CallContext context, Tracer tracer, int depth, out bool read)
        {
            read = true;
            switch (operation)
            {
                case IAwaitOperation awaited:
                    return FindOrigin(awaited.Operation, context, tracer, depth + 1);
                case IConditionalAccessInstanceOperation instance:
                    // The value tested by the conditional access this instance stands in (a?.b?.c: the `?.` whose
                    // WhenNotNull holds it; the one whose Operation holds it is an outer one, and would loop).
                    IOperation child = instance;
                    for (var parent = instance.Parent; parent != null; child = parent, parent = parent.Parent)
                    {
                        if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                        {
                            return FindOrigin(access.Operation, context, tracer, depth + 1);
                        }
                    }

                    return null;
                case IConditionalAccessOperation conditional:
                    return FindOrigin(conditional.Operation, context, tracer, depth + 1);
                case ICoalesceOperation coalesce:
                    return FindOrigin(coalesce.Value, context, tracer, depth + 1);
                case IInvocationOperation invocation:
                    // A request: if it went to a token endpoint, its answer is a token of the kind that endpoint issues.
                    if (tracer.Session.ReadRequest(invocation, context, tracer, out var issued))
                    {
                        return issued;
                    }

                    var dispatched = ReturnedTokens.AtDispatchedCall(invocation, context, tracer, depth);
                    if (dispatched != null || HelperMethods.IsHelper(invocation.TargetMethod))
                    {
                        var returned = dispatched ?? ReturnedTokens.AtCall(invocation, context, tracer, depth);
                        return returned.Kind == TokenKind.User || returned.Kind == TokenKind.Tenant || returned.Kind == TokenKind.App ? returned : null;
                    }

                    var receiver = OperationRoots.Receiver(invocation);
                    if (receiver != null && FindOrigin(receiver, context, tracer, depth + 1) is TokenVerdict fromReceiver)
                    {
                        return fromReceiver;
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value == receiver)
                        {
                            continue;
                        }

                        // A factory lambda (cache.GetOrCreateAsync(key, _ => FetchTenantTokenAsync())): what it returns.
                        if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                        {
                            foreach (var returned in Tracer.ReturnedValues(lambda.Body))
                            {
                                if (FindOrigin(returned, context, tracer, depth + 1) is TokenVerdict fromLambda)
                                {
                                    return fromLambda;
                                }
                            }

                            continue;
                        }

                        if (FindOrigin(argument.Value, context, tracer, depth + 1) is TokenVerdict fromArgument)
                        {
                            return fromArgument;
                        }
                    }

                    return null;
                case IPropertyReferenceOperation { Instance: { } propertyInstance } when !(propertyInstance is IInstanceReferenceOperation):
                    return FindOrigin(propertyInstance, context, tracer, depth + 1);
                case IFieldReferenceOperation { Instance: { } fieldInstance } when !(fieldInstance is IInstanceReferenceOperation):
                    return FindOrigin(fieldInstance, context, tracer, depth + 1);
                default:
                    // References are followed to their sources by the domain; anything else has no origin.
                    read = false;
                    return null;
            }
        }

        /// <summary>A configuration or environment read whose key names the kind of token.</summary>
        private static TokenVerdict? ConfigurationRead(Tracer tracer, INamedTypeSymbol? type, IOperation? key, EvidenceKind evidence)
        {
            if (type != null && !type.Name.Contains("Configuration") && type.Name != "IConfigurationSection" && type.Name != "ConfigurationBinder")
            {
                return null;
            }

            if (!(key?.ConstantValue.Value is string name))
            {
                return type is null ? null : TokenVerdict.Of(TokenKind.Unknown, evidence, "?");
            }

            var kind = tracer.Session.Names.Classify(name);
            return TokenVerdict.Of(kind == TokenKind.None ? TokenKind.Unknown : kind, evidence, name);
        }

        private static TokenVerdict? NameVerdict(string name, string? qualified, Tracer tracer)
        {
            var kind = tracer.Session.Names.Classify(name, qualified);
            return kind == TokenKind.None ? null : TokenVerdict.Of(kind, EvidenceKind.Name, name);
        }

        private static TokenVerdict Literal(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return TokenVerdict.Nothing;
            }

            var token = text!.Trim();
            if (token.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                token = token.Substring("Bearer".Length).Trim();
            }

            if (token.Length == 0)
            {
                return TokenVerdict.Nothing;
            }

            var kind = token.StartsWith("u-", StringComparison.Ordinal) ? TokenKind.User
                : token.StartsWith("t-", StringComparison.Ordinal) ? TokenKind.Tenant
                : token.StartsWith("a-", StringComparison.Ordinal) ? TokenKind.App
                : TokenKind.Unknown;
            return TokenVerdict.Of(kind, EvidenceKind.Literal, token.Length > 2 ? token.Substring(0, 2) : token);
        }

        private static TokenVerdict Unknown(IOperation operation)
        {
            var text = operation.Syntax.ToString();
            return TokenVerdict.Of(TokenKind.Unknown, EvidenceKind.Expression, text.Length > 60 ? text.Substring(0, 57) + "..." : text);
        }
    }
}
