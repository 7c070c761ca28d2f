using System.Collections.Generic;
using System.Text;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Urls
{
    /// <summary>
    /// Turns an expression into the URL text it holds: constants (which the compiler has already folded),
    /// <c>+</c>, interpolation, <c>string.Format</c>, <c>string.Concat</c>, <c>new Uri(...)</c> (with a base,
    /// resolved as RFC 3986 says), Flurl's <c>Url</c> building, and values followed through locals, fields
    /// and the arguments of the helper calls that led here.
    /// </summary>
    internal static class UrlEvaluator
    {
        /// <summary>
        /// The URL an object's <paramref name="member"/> holds (a client's <c>BaseAddress</c>), when every value it is
        /// given is the same known URL; null otherwise.
        /// </summary>
        public static UrlValue? AgreedValue(ObjectFacts facts, string member, Tracer tracer)
        {
            UrlValue? found = null;
            foreach (var assignment in facts.Assignments)
            {
                if (assignment.Member != member)
                {
                    continue;
                }

                var value = Evaluate(assignment.Value, assignment.Context, tracer);
                if (!value.IsKnown || (found != null && found.Render() != value.Render()))
                {
                    return null;
                }

                found = value;
            }

            return found;
        }

        public static UrlValue Evaluate(IOperation operation, CallContext context, Tracer tracer, int depth = 0) => Domain.Instance.Evaluate(operation, context, tracer, depth);

        /// <summary>URLs as a value domain: paths must agree on the text (a parameter's part stays open).</summary>
        private sealed class Domain : ValueDomain<UrlValue>
        {
            public static readonly Domain Instance = new Domain();

            protected override UrlValue Constant(IOperation operation) =>
                operation.ConstantValue.Value is string constant ? UrlValue.Text(constant) : UrlValue.Unknown;

            protected override UrlValue Unknown(IOperation operation) => UrlValue.Unknown;

            protected override bool TryRead(IOperation operation, CallContext context, Tracer tracer, int depth, out UrlValue value)
            {
                value = Read(operation, context, tracer, depth)!;
                return value != null;
            }

            protected override UrlValue Unbound(ValueSource parameter, Tracer tracer) => UrlValue.UnboundParameter;

            protected override UrlValue Join(UrlValue joined, UrlValue next, out bool settled)
            {
                settled = false;
                if (!joined.HasAlternatives && !next.HasAlternatives && joined.Render() == next.Render())
                {
                    return joined;
                }

                // Different values on different paths: the URL is one of them, and the judge asks every one.
                // A path the callers decide, or one wholly unknown, settles it.
                var any = UrlValue.AnyOf(new[] { joined, next });
                settled = !any.HasAlternatives && any.Pieces.Length == 1 && any.Pieces[0].IsHole;
                return any;
            }

            private static UrlValue? Read(IOperation operation, CallContext context, Tracer tracer, int depth)
            {
                switch (operation)
                {
                    case IInterpolatedStringOperation interpolated:
                        var result = UrlValue.Empty;
                        foreach (var part in interpolated.Parts)
                        {
                            result = result.Concat(part switch
                            {
                                IInterpolatedStringTextOperation text => text.Text.ConstantValue.Value is string s ? UrlValue.Text(s) : UrlValue.Unknown,
                                IInterpolationOperation hole => UrlEvaluator.Evaluate(hole.Expression, context, tracer, depth + 1),

                                // Through an interpolated string handler: AppendLiteral("...") and AppendFormatted(value).
                                IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments: { Length: > 0 } arguments } } =>
                                    UrlEvaluator.Evaluate(arguments[0].Value, context, tracer, depth + 1),
                                _ => UrlValue.Unknown,
                            });
                        }

                        return result;

                    // $"..." given to a handler parameter (string.Create(provider, $"...")), and $"a" + $"b" there.
                    case IInterpolatedStringHandlerCreationOperation handler:
                        return UrlEvaluator.Evaluate(handler.Content, context, tracer, depth + 1);

                    case IInterpolatedStringAdditionOperation addition:
                        return UrlEvaluator.Evaluate(addition.Left, context, tracer, depth + 1).Concat(UrlEvaluator.Evaluate(addition.Right, context, tracer, depth + 1));

                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                        return UrlEvaluator.Evaluate(binary.LeftOperand, context, tracer, depth + 1).Concat(UrlEvaluator.Evaluate(binary.RightOperand, context, tracer, depth + 1));

                    case IInvocationOperation invocation:
                        return EvaluateCall(invocation, context, tracer, depth);

                    case IObjectCreationOperation creation when creation.Constructor != null:
                        return EvaluateCreation(creation, context, tracer, depth);

                    case IPropertyReferenceOperation { Instance: { } instance } property
                        when (property.Property.Name == "AbsoluteUri" || property.Property.Name == "OriginalString") && tracer.Session.Known.Is(property.Property.ContainingType, TypeRole.Uri):
                        return UrlEvaluator.Evaluate(instance, context, tracer, depth + 1);

                    // A choice is one of its arms' URLs; the judge reports it only where every arm agrees.
                    case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                        return Instance.JoinAll(new[] { conditional.WhenTrue, whenFalse }, context, tracer, depth);

                    case ISwitchExpressionOperation choice:
                        return Instance.JoinAll(ArmValues(choice), context, tracer, depth);

                    case ICoalesceOperation coalesce:
                        return Instance.JoinAll(new[] { coalesce.Value, coalesce.WhenNull }, context, tracer, depth);

                    case IPropertyReferenceOperation { Instance: { } builder, Property: { Name: "Uri" } } built when tracer.Session.Known.Is(built.Property.ContainingType, TypeRole.UriBuilder):
                        return UriBuilderValue(builder, context, tracer, depth);

                    case IPropertyReferenceOperation { Instance: { } query, Property: { Name: "Value" } } when tracer.Session.Known.Is(query.Type, TypeRole.QueryString):
                        return QueryOnly;

                    // References are followed to their sources by the domain; anything else is unknown.
                    default:
                        return null;
                }
            }
        }

        private static UrlValue EvaluateCall(IInvocationOperation invocation, CallContext context, Tracer tracer, int depth)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            var receiver = OperationRoots.Receiver(invocation);

            if (type?.SpecialType == SpecialType.System_String && method.IsStatic)
            {
                if (method.Name == "Format")
                {
                    return EvaluateFormat(invocation, context, tracer, depth);
                }

                // string.Create(provider, $"...") (and with a buffer): the text is the handler's.
                if (method.Name == "Create" && invocation.Arguments.Length > 0
                    && invocation.Arguments[invocation.Arguments.Length - 1].Value is IInterpolatedStringHandlerCreationOperation handler)
                {
                    return Evaluate(handler, context, tracer, depth + 1);
                }

                if (method.Name == "Join")
                {
                    return EvaluateJoin(invocation, context, tracer, depth);
                }

                if (method.Name == "Concat")
                {
                    var result = UrlValue.Empty;
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value is IArrayCreationOperation { Initializer: { } array })
                        {
                            foreach (var element in array.ElementValues)
                            {
                                result = result.Concat(Evaluate(element, context, tracer, depth + 1));
                            }
                        }
                        else
                        {
                            result = result.Concat(Evaluate(argument.Value, context, tracer, depth + 1));
                        }
                    }

                    return result;
                }
            }

            // A route template filled in by hand: "/open-apis/vc/v1/rooms/{room_id}".Replace("{room_id}", id).
            if (method.Name == "Replace" && type?.SpecialType == SpecialType.System_String && receiver != null
                && OperationRoots.ArgumentAt(invocation, 0)?.ConstantValue.Value is string oldValue && oldValue.Length > 0
                && OperationRoots.ArgumentAt(invocation, 1) is IOperation newValue)
            {
                var template = Evaluate(receiver, context, tracer, depth + 1);
                var replacement = Evaluate(newValue, context, tracer, depth + 1);
                return UrlValue.FromRendered(template.Render().Replace(oldValue, replacement.Render()), template.DependsOnParameter || replacement.DependsOnParameter);
            }

            // "/" + path.TrimStart('/'), baseUrl.TrimEnd('/'): the known ends trimmed (a hole stops the trimming).
            if ((method.Name == "TrimStart" || method.Name == "TrimEnd" || method.Name == "Trim") && type?.SpecialType == SpecialType.System_String && receiver != null)
            {
                return Trimmed(invocation, Evaluate(receiver, context, tracer, depth + 1));
            }

            // What ASP.NET Core's query helpers add is a query: QueryHelpers.AddQueryString(url, ...), QueryString.ToUriComponent().
            if (tracer.Session.Known.Is(type, TypeRole.QueryString))
            {
                return method.Name == "AddQueryString" && OperationRoots.ArgumentAt(invocation, 0) is IOperation url
                    ? Evaluate(url, context, tracer, depth + 1).Concat(QueryOnly)
                    : QueryOnly;
            }

            // A FormattableString ($"..." typed so) turned into text: FormattableString.Invariant(...), .ToString(provider),
            // or made by FormattableStringFactory.Create(format, args).
            if (IsFormattable(type))
            {
                if ((method.Name == "Invariant" || method.Name == "CurrentCulture") && OperationRoots.ArgumentAt(invocation, 0) is IOperation formattable)
                {
                    return Evaluate(formattable, context, tracer, depth + 1);
                }

                if (method.Name == "ToString" && receiver != null)
                {
                    return Evaluate(receiver, context, tracer, depth + 1);
                }
            }

            if (method.Name == "Create" && method.IsStatic && type?.Name == "FormattableStringFactory")
            {
                return EvaluateFormat(invocation, context, tracer, depth);
            }

            if (method.Name == "ToString" && invocation.Arguments.IsEmpty && receiver != null)
            {
                return tracer.Session.Known.Is(receiver.Type, TypeRole.UriBuilder)
                    ? UriBuilderValue(receiver, context, tracer, depth)
                    : Evaluate(receiver, context, tracer, depth + 1);
            }

            // Flurl builds URLs from strings and Url objects.
            if (tracer.Session.Known.Is(type, TypeRole.Flurl))
            {
                if (method.Name == "Combine" && method.IsStatic)
                {
                    UrlValue? combined = null;
                    foreach (var argument in invocation.Arguments)
                    {
                        var values = argument.Value is IArrayCreationOperation { Initializer: { } array } ? (IEnumerable<IOperation>)array.ElementValues : new[] { argument.Value };
                        foreach (var value in values)
                        {
                            var part = Evaluate(value, context, tracer, depth + 1);
                            combined = combined is null ? part : UriResolution.JoinSegments(combined, part);
                        }
                    }

                    return combined ?? UrlValue.Unknown;
                }

                if (receiver != null)
                {
                    return EvaluateFlurlStep(invocation, receiver, context, tracer, depth);
                }
            }

            // A string helper of the compilation (an extension method that puts the base URL before a path...): what it
            // returns, its parameters given this call's arguments.
            if (HelperMethods.IsHelper(method) && (method.ReturnType.SpecialType == SpecialType.System_String || tracer.Session.Known.Is(method.ReturnType, TypeRole.Uri)))
            {
                return Returned(invocation, context, tracer, depth);
            }

            return UrlValue.Unknown;
        }

        private static UrlValue Trimmed(IInvocationOperation invocation, UrlValue value)
        {
            if (value.HasAlternatives)
            {
                return value.Map(choice => Trimmed(invocation, choice));
            }

            var characters = new List<char>();
            foreach (var argument in invocation.Arguments)
            {
                var values = argument.Value is IArrayCreationOperation { Initializer: { } array } ? (IEnumerable<IOperation>)array.ElementValues : new[] { argument.Value };
                foreach (var character in values)
                {
                    if (!(character.ConstantValue.Value is char c))
                    {
                        return UrlValue.Unknown;
                    }

                    characters.Add(c);
                }
            }

            // No characters: white space, which the hole mark is not.
            var text = value.Render();
            var chars = characters.Count == 0 ? null : characters.ToArray();
            var name = invocation.TargetMethod.Name;
            text = name == "TrimStart" ? text.TrimStart(chars) : name == "TrimEnd" ? text.TrimEnd(chars) : text.Trim(chars);
            return UrlValue.FromRendered(text, value.DependsOnParameter);
        }

        /// <summary>What a helper returns for this call (one of its return values when they differ); unknown past the call depth or in recursion.</summary>
        private static UrlValue Returned(IInvocationOperation invocation, CallContext context, Tracer tracer, int depth) =>
            tracer.ReadCallee(invocation, context, UrlValue.Unknown, (body, inner) =>
            {
                var returned = new List<IOperation>(Tracer.ReturnedValues(body));
                return returned.Count == 0 ? UrlValue.Unknown : Domain.Instance.JoinAll(returned, inner, tracer, depth);
            });

        /// <summary>One step of a Flurl chain: path segments are appended; query and headers leave the path as it is.</summary>
        public static UrlValue EvaluateFlurlStep(IInvocationOperation invocation, IOperation receiver, CallContext context, Tracer tracer, int depth)
        {
            var name = invocation.TargetMethod.Name;
            var baseUrl = name == "Request" ? ClientBaseUrl(receiver, context, tracer, depth) : Evaluate(receiver, context, tracer, depth + 1);
            if (name == "AppendPathSegment" || name == "AppendPathSegments" || name == "Request")
            {
                foreach (var argument in invocation.Arguments)
                {
                    // An extension's first argument is the URL itself; an instance method's (Url.AppendPathSegment, FlurlClient.Request) is a segment.
                    var isReceiver = argument.Parameter?.Ordinal == 0 && invocation.TargetMethod.IsExtensionMethod;
                    if (isReceiver || argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type?.SpecialType == SpecialType.System_Boolean)
                    {
                        continue;
                    }

                    var values = argument.Value is IArrayCreationOperation { Initializer: { } array } ? (IEnumerable<IOperation>)array.ElementValues : new[] { argument.Value };
                    foreach (var value in values)
                    {
                        baseUrl = UriResolution.JoinSegments(baseUrl, Evaluate(value, context, tracer, depth + 1));
                    }
                }

                return baseUrl;
            }

            // SetQueryParam(s), WithHeader(s), WithOAuthBearerToken, WithTimeout...: the path stays; a query may follow.
            return baseUrl;
        }

        private static bool IsFormattable(INamedTypeSymbol? type) =>
            type != null && type.Name == "FormattableString" && TypeNames.InNamespace(type.ContainingNamespace, "System");

        /// <summary><c>string.Join(separator, values...)</c> over values written out (a params list or an array initializer).</summary>
        private static UrlValue EvaluateJoin(IInvocationOperation invocation, CallContext context, Tracer tracer, int depth)
        {
            if (invocation.Arguments.Length != 2)
            {
                return UrlValue.Unknown;
            }

            var separatorValue = invocation.Arguments[0].Value;
            var separator = separatorValue.ConstantValue.Value is char c ? UrlValue.Text(c.ToString()) : Evaluate(separatorValue, context, tracer, depth + 1);
            if (!(invocation.Arguments[1].Value is IArrayCreationOperation { Initializer: { } array }))
            {
                return UrlValue.Unknown;
            }

            var result = UrlValue.Empty;
            for (var i = 0; i < array.ElementValues.Length; i++)
            {
                result = (i == 0 ? result : result.Concat(separator)).Concat(Evaluate(array.ElementValues[i], context, tracer, depth + 1));
            }

            return result;
        }

        /// <summary>A FlurlClient's base URL: its <c>BaseUrl</c> when the code sets it (every value agreeing), else what it was made with.</summary>
        private static UrlValue ClientBaseUrl(IOperation client, CallContext context, Tracer tracer, int depth)
        {
            var facts = tracer.FactsOf(client, context);
            if (!facts.Assigns("BaseUrl"))
            {
                return Evaluate(client, context, tracer, depth + 1);
            }

            return AgreedValue(facts, "BaseUrl", tracer) ?? UrlValue.Unknown;
        }

        /// <summary>A query string whose content is not known: the path before it is all that matters.</summary>
        private static readonly UrlValue QueryOnly = UrlValue.Text("?").Concat(UrlValue.Unknown);

        private static IEnumerable<IOperation> ArmValues(ISwitchExpressionOperation choice)
        {
            foreach (var arm in choice.Arms)
            {
                yield return arm.Value;
            }
        }

        /// <summary>
        /// A UriBuilder's URL: what it was created from (a URL, or scheme, host, port and path), with its <c>Path</c>
        /// replaced when the code sets one (in the initializer or later, every value agreeing).
        /// </summary>
        private static UrlValue UriBuilderValue(IOperation builder, CallContext context, Tracer tracer, int depth)
        {
            var facts = tracer.FactsOf(builder, context);
            if (facts.Creations.Count != 1 || facts.FromUnboundParameter)
            {
                return UrlValue.Unknown;
            }

            var creation = facts.Creations[0];
            var arguments = creation.Operation.Arguments;
            UrlValue created;
            if (arguments.Length == 1)
            {
                created = Evaluate(arguments[0].Value, creation.Context, tracer, depth + 1);
            }
            else if (arguments.Length >= 2)
            {
                // UriBuilder(scheme, host[, port[, path]]).
                created = Evaluate(arguments[0].Value, creation.Context, tracer, depth + 1).Concat(UrlValue.Text("://")).Concat(Evaluate(arguments[1].Value, creation.Context, tracer, depth + 1));
                if (arguments.Length >= 3)
                {
                    created = created.Concat(UrlValue.Text(":")).Concat(Evaluate(arguments[2].Value, creation.Context, tracer, depth + 1));
                }

                if (arguments.Length >= 4)
                {
                    created = UriResolution.JoinSegments(created, Evaluate(arguments[3].Value, creation.Context, tracer, depth + 1));
                }
            }
            else
            {
                return UrlValue.Unknown;
            }

            var path = AgreedValue(facts, "Path", tracer);
            if (path is null)
            {
                return facts.Assigns("Path") ? UrlValue.Unknown : created;
            }

            // The path replaces whatever path the builder was created with: keep scheme and authority only.
            var text = created.Render();
            var scheme = text.IndexOf("://", System.StringComparison.Ordinal);
            var authorityEnd = scheme < 0 ? -1 : text.IndexOf('/', scheme + 3);
            var authority = authorityEnd < 0 ? created : UrlValue.FromRendered(text.Substring(0, authorityEnd), created.DependsOnParameter);
            return UriResolution.JoinSegments(authority, path);
        }

        private static UrlValue EvaluateCreation(IObjectCreationOperation creation, CallContext context, Tracer tracer, int depth)
        {
            var type = creation.Constructor!.ContainingType;
            var arguments = creation.Arguments;
            if (tracer.Session.Known.Is(type, TypeRole.Uri))
            {
                if (arguments.Length >= 2 && tracer.Session.Known.Is(arguments[0].Value.Type, TypeRole.Uri))
                {
                    var baseUri = Evaluate(arguments[0].Value, context, tracer, depth + 1);
                    var relative = Evaluate(arguments[1].Value, context, tracer, depth + 1);
                    return UriResolution.Rfc3986(baseUri.IsKnown || baseUri.HasAlternatives ? baseUri : null, relative);
                }

                return arguments.Length >= 1 ? Evaluate(arguments[0].Value, context, tracer, depth + 1) : UrlValue.Unknown;
            }

            if (tracer.Session.Known.Is(type, TypeRole.FlurlUrlHolder)
                && arguments.Length >= 1)
            {
                return Evaluate(arguments[0].Value, context, tracer, depth + 1);
            }

            return UrlValue.Unknown;
        }

        private static UrlValue EvaluateFormat(IInvocationOperation invocation, CallContext context, Tracer tracer, int depth)
        {
            IOperation? format = null;
            var values = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is null || argument.Parameter.Type.Name == "IFormatProvider")
                {
                    continue;
                }

                if (argument.Parameter.Name == "format")
                {
                    format = argument.Value;
                }
                else if (argument.Value is IArrayCreationOperation { Initializer: { } array })
                {
                    values.AddRange(array.ElementValues);
                }
                else
                {
                    values.Add(argument.Value);
                }
            }

            if (!(format?.ConstantValue.Value is string text))
            {
                return UrlValue.Unknown;
            }

            var result = UrlValue.Empty;
            var literal = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
                {
                    literal.Append(c);
                    i++;
                    continue;
                }

                if (c == '{')
                {
                    var close = text.IndexOf('}', i);
                    if (close < 0)
                    {
                        return UrlValue.Unknown;
                    }

                    var spec = text.Substring(i + 1, close - i - 1);
                    var end = spec.IndexOfAny(new[] { ',', ':' });
                    result = result.Concat(UrlValue.Text(literal.ToString()));
                    literal.Clear();
                    result = result.Concat(int.TryParse(end < 0 ? spec : spec.Substring(0, end), out var index) && index >= 0 && index < values.Count
                        ? Evaluate(values[index], context, tracer, depth + 1)
                        : UrlValue.Unknown);
                    i = close;
                    continue;
                }

                literal.Append(c);
            }

            return result.Concat(UrlValue.Text(literal.ToString()));
        }
    }
}
