using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// Refit methods that declare <c>[Headers("Authorization: Bearer")]</c> get their token from the settings the client
    /// is made with: <c>RestService.For&lt;IApi&gt;(url or client, new RefitSettings { AuthorizationHeaderValueGetter = ... })</c>
    /// or <c>services.AddRefitClient&lt;IApi&gt;(settings)</c>. The getter's token is the kind of those calls.
    /// </summary>
    internal static class RefitAuthorizationGetters
    {
        private const string Getter = "AuthorizationHeaderValueGetter";

        public static TokenVerdict? VerdictOf(List<ISymbol> owners, Tracer tracer)
        {
            if (!DeclaresAuthorization(owners))
            {
                return null;
            }

            var creations = tracer.Session.Store<Store>().Get(tracer.Session, tracer.CancellationToken);
            for (var i = 1; i < owners.Count; i++)
            {
                if (owners[i] is INamedTypeSymbol api && creations.TryGetValue(api, out var made))
                {
                    var verdicts = new List<TokenVerdict?>();
                    foreach (var creation in made)
                    {
                        AddGetters(creation, verdicts, tracer);
                    }

                    return DeclaredTokens.Agreeing(verdicts, api.Name);
                }
            }

            return null;
        }

        /// <summary>Whether the method or its interface declares an Authorization header, whose value the getter replaces.</summary>
        private static bool DeclaresAuthorization(List<ISymbol> owners)
        {
            foreach (var owner in owners)
            {
                foreach (var attribute in owner.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name != "HeadersAttribute" || !TypeNames.InNamespace(attribute.AttributeClass.ContainingNamespace, "Refit"))
                    {
                        continue;
                    }

                    foreach (var argument in attribute.ConstructorArguments)
                    {
                        var lines = argument.Kind == TypedConstantKind.Array ? argument.Values : ImmutableArray.Create(argument);
                        foreach (var line in lines)
                        {
                            var text = line.Value as string;
                            var colon = text?.IndexOf(':') ?? -1;
                            if (colon > 0 && HeaderValues.IsAuthorizationName(text!.Substring(0, colon)))
                            {
                                return true;
                            }
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>The getters of the settings one creation is given (a null entry for a getter whose kind cannot be read).</summary>
        private static void AddGetters(IInvocationOperation creation, List<TokenVerdict?> into, Tracer tracer)
        {
            var settings = OperationRoots.Argument(creation, "settings");
            if (settings is null && HttpClientRegistrations.Registry.Lambda(OperationRoots.Argument(creation, "settingsAction")) is IAnonymousFunctionOperation action)
            {
                foreach (var returned in Tracer.ReturnedValues(action.Body))
                {
                    AddGettersOf(returned, into, tracer);
                }
            }
            else if (settings != null)
            {
                AddGettersOf(settings, into, tracer);
            }
        }

        private static void AddGettersOf(IOperation settings, List<TokenVerdict?> into, Tracer tracer)
        {
            var context = CallContext.Unbound(OperationRoots.RootOf(settings), OperationRoots.OwnerOf(OperationRoots.RootOf(settings)));
            foreach (var source in tracer.Sources(settings, context))
            {
                if (!(OperationRoots.Unwrap(source.Operation) is IObjectCreationOperation creation))
                {
                    // Settings made elsewhere (a parameter, a factory) may hold a getter of any kind; null holds none.
                    if (!source.Operation.ConstantValue.HasValue)
                    {
                        into.Add(null);
                    }

                    continue;
                }

                if (!(creation.Initializer is { } initializer))
                {
                    continue;
                }

                foreach (var item in initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: Getter } } } assignment)
                    {
                        into.Add(GetterVerdict(assignment.Value, tracer));
                    }
                }
            }
        }

        /// <summary>What the getter returns: a lambda's returned values, or the body of the method it names.</summary>
        private static TokenVerdict? GetterVerdict(IOperation getter, Tracer tracer)
        {
            IOperation? body = HttpClientRegistrations.Registry.Lambda(getter)?.Body;
            if (body is null && OperationRoots.Unwrap(getter) is IDelegateCreationOperation { Target: IMethodReferenceOperation reference })
            {
                body = tracer.Session.BodyOf(reference.Method, tracer.CancellationToken);
            }

            TokenVerdict? result = null;
            foreach (var returned in body is null ? Array.Empty<IOperation>() : Tracer.ReturnedValues(body))
            {
                if (DeclaredTokens.KindOf(returned, tracer) is TokenVerdict verdict)
                {
                    result = result is null ? verdict : TokenVerdict.Combine(result, verdict);
                }
            }

            return result;
        }

        /// <summary>The clients made with settings, by interface.</summary>
        internal sealed class Store : RegistrationsByApi
        {
            protected override string Word => Getter;

            protected override bool MayRegister(string calledName) => calledName == "For" || calledName == "AddRefitClient";

            protected override bool Registers(IMethodSymbol method) =>
                method.TypeArguments.Length == 1
                && (TypeNames.Is(method.ContainingType, "Refit", "RestService") || TypeNames.Is(method.ContainingType, "Refit", "HttpClientFactoryExtensions"));
        }
    }
}
