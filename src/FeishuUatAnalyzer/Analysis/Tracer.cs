using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>
    /// One walk of the analysis (one operation callback): the session, the cancellation token, and a budget
    /// of steps so that no input, however large or cyclic, makes a walk unbounded.
    /// </summary>
    internal sealed class Tracer
    {
        /// <summary>How many helper calls deep a request is followed.</summary>
        public const int MaxCallDepth = 4;

        /// <summary>How many value hops one question may take.</summary>
        public const int MaxValueDepth = 32;

        private const int StepBudget = 200_000;
        private readonly HashSet<IMethodSymbol> _methodsInProgress = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private int _steps;

        public Tracer(AnalysisSession session, CancellationToken cancellationToken)
        {
            Session = session;
            CancellationToken = cancellationToken;
        }

        public AnalysisSession Session { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>
        /// How many times this walk was cut short (step budget, depth limit, a method already being read). A result
        /// computed while this number grew depends on who asked and how deep: it is used, never cached.
        /// </summary>
        public int Cuts { get; private set; }

        /// <summary>Counts a step; false once the budget is spent (the walk then gives up with "unknown").</summary>
        public bool Step()
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (++_steps < StepBudget)
            {
                return true;
            }

            Cuts++;
            return false;
        }

        /// <summary>A step at value depth <paramref name="depth"/>: false (a cut) past the depth limit or the budget.</summary>
        public bool Within(int depth)
        {
            if (depth > MaxValueDepth)
            {
                Cuts++;
                return false;
            }

            return Step();
        }

        /// <summary>Records a cut made by a caller's own limit (call depth, a method already visited); false, to read as "not entered".</summary>
        public bool Cut()
        {
            Cuts++;
            return false;
        }

        /// <summary>Marks a method as being read (for recursion); false (a cut) if it already is.</summary>
        public bool EnterMethod(IMethodSymbol method)
        {
            if (_methodsInProgress.Add(method))
            {
                return true;
            }

            Cuts++;
            return false;
        }

        public void LeaveMethod(IMethodSymbol method) => _methodsInProgress.Remove(method);

        /// <summary>
        /// The expressions a value may come from: a local's initializer and assignments, the argument a caller
        /// passed for a parameter, every assignment of a field or property across its type; anything else is
        /// its own source. Parameters with no caller in the chain come back as <see cref="ValueSource.Parameter"/>.
        /// </summary>
        public List<ValueSource> Sources(IOperation operation, CallContext context, HashSet<ISymbol>? visited = null, int depth = 0)
        {
            var result = new List<ValueSource>();
            AddSources(operation, context, visited ?? new HashSet<ISymbol>(SymbolEqualityComparer.Default), depth, result);
            return result;
        }

        private void AddSources(IOperation operation, CallContext context, HashSet<ISymbol> visited, int depth, List<ValueSource> result)
        {
            operation = OperationRoots.Unwrap(operation);
            if (!Within(depth))
            {
                result.Add(ValueSource.Opaque(operation, context));
                return;
            }

            switch (operation)
            {
                case ILocalReferenceOperation local when visited.Add(local.Local):
                    var before = result.Count;
                    foreach (var value in LocalValues(local.Local, context.Root))
                    {
                        AddSources(value, context, visited, depth + 1, result);
                    }

                    if (result.Count == before)
                    {
                        result.Add(ValueSource.Opaque(operation, context));
                    }

                    return;

                case IParameterReferenceOperation parameter:
                    var argument = context.ArgumentFor(parameter.Parameter);
                    if (argument != null && context.Parent != null)
                    {
                        AddSources(argument, context.Parent.For(argument), visited, depth + 1, result);
                    }
                    else
                    {
                        result.Add(ValueSource.Parameter(operation, parameter.Parameter, context));
                    }

                    return;

                // A member of this object (or a static one) is followed through its assignments; a member of another
                // object is its own source, so that what that object is (an answer, a DTO) is not lost.
                case IFieldReferenceOperation field when IsOwnMember(field.Instance) && IsTraceable(field.Field) && visited.Add(field.Field):
                    AddMemberSources(operation, field.Field, context, visited, depth, result);
                    return;

                case IPropertyReferenceOperation property when property.Arguments.IsEmpty && IsOwnMember(property.Instance) && IsTraceable(property.Property) && visited.Add(property.Property):
                    AddMemberSources(operation, property.Property, context, visited, depth, result);
                    return;

                default:
                    result.Add(ValueSource.Opaque(operation, context));
                    return;
            }
        }

        private void AddMemberSources(IOperation reference, ISymbol member, CallContext context, HashSet<ISymbol> visited, int depth, List<ValueSource> result)
        {
            var before = result.Count;
            if (member is IPropertySymbol property && property.GetMethod != null && !IsAutoProperty(property))
            {
                var getter = Session.BodyOf(property.GetMethod, CancellationToken);
                if (getter != null)
                {
                    foreach (var returned in ReturnedValues(getter))
                    {
                        AddSources(returned, context.For(returned), visited, depth + 1, result);
                    }
                }
            }
            else
            {
                foreach (var value in MemberValues(member))
                {
                    AddSources(value, context.For(value), visited, depth + 1, result);
                }
            }

            if (result.Count == before)
            {
                result.Add(ValueSource.Opaque(reference, context));
            }
        }

        /// <summary>The values assigned to a local in the body: its initializer and every assignment.</summary>
        public IEnumerable<IOperation> LocalValues(ILocalSymbol local, IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        var initializer = declarator.GetVariableInitializer();
                        if (initializer != null)
                        {
                            yield return initializer.Value;
                        }

                        break;
                    case ISimpleAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                        yield return assignment.Value;
                        break;
                }
            }
        }

        /// <summary>Every value a field or property of this compilation is given in its own type: initializers and assignments.</summary>
        /// <summary>
        /// What an object initializer sets, named by path: <c>BaseAddress = ...</c>, nested <c>Headers = { Authorization = ... }</c>
        /// (Headers.Authorization) and collection adds <c>Headers = { { "Authorization", "Bearer ..." } }</c> (Headers.Add).
        /// </summary>
        private static void AddInitializers(IObjectOrCollectionInitializerOperation initializer, string prefix, CallContext context, ObjectFacts facts)
        {
            foreach (var item in initializer.Initializers)
            {
                switch (item)
                {
                    case ISimpleAssignmentOperation assignment when ReferencedMember(assignment.Target) is ISymbol member:
                        facts.Assignments.Add(new ObjectAssignment(prefix + member.Name, assignment.Value, context));
                        break;
                    case IMemberInitializerOperation { Initializer: { } nested } memberInitializer when ReferencedMember(memberInitializer.InitializedMember) is ISymbol nestedMember:
                        AddInitializers(nested, prefix + nestedMember.Name + ".", context, facts);
                        break;
                    case IInvocationOperation add when prefix.Length > 0:
                        facts.Calls.Add(new ObjectCall(prefix + add.TargetMethod.Name, add, context));
                        break;
                }
            }
        }

        public ImmutableArray<IOperation> MemberValues(ISymbol member)
        {
            if (member.ContainingType is null)
            {
                return ImmutableArray<IOperation>.Empty;
            }

            return Session.MemberValues.GetOrAdd(member.OriginalDefinition, m =>
            {
                var values = ImmutableArray.CreateBuilder<IOperation>();
                foreach (var body in Session.BodiesMentioning(m.ContainingType, m.Name, CancellationToken))
                {
                    if (body is ISymbolInitializerOperation initializer)
                    {
                        if ((body is IFieldInitializerOperation fields && Contains(fields.InitializedFields, m))
                            || (body is IPropertyInitializerOperation properties && Contains(properties.InitializedProperties, m)))
                        {
                            values.Add(initializer.Value);
                        }

                        continue;
                    }

                    foreach (var operation in body.Descendants())
                    {
                        if (operation is ISimpleAssignmentOperation assignment && ReferencedMember(assignment.Target) is ISymbol target
                            && SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, m)
                            && !(assignment.Parent is IObjectOrCollectionInitializerOperation))
                        {
                            values.Add(assignment.Value);
                        }
                    }
                }

                return values.ToImmutable();
            });
        }

        /// <summary>Every reference to a field or property across its type.</summary>
        private ImmutableArray<IOperation> MemberReferences(ISymbol member) =>
            Session.MemberReferences.GetOrAdd(member.OriginalDefinition, m =>
            {
                var references = ImmutableArray.CreateBuilder<IOperation>();
                foreach (var body in Session.BodiesMentioning(m.ContainingType, m.Name, CancellationToken))
                {
                    foreach (var operation in body.Descendants())
                    {
                        if ((operation.Kind == OperationKind.FieldReference || operation.Kind == OperationKind.PropertyReference)
                            && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation)?.OriginalDefinition, m))
                        {
                            references.Add(operation);
                        }
                    }
                }

                return references.ToImmutable();
            });

        /// <summary>The expressions a body returns (expression bodies included).</summary>
        public static IEnumerable<IOperation> ReturnedValues(IOperation body)
        {
            foreach (var operation in body.Descendants())
            {
                if (operation is IReturnOperation { ReturnedValue: { } value } && !IsInsideLambda(operation, body))
                {
                    yield return value;
                }
            }
        }

        /// <summary>
        /// The places a body or type mutates an object held in a local, field or property: assignments of its
        /// members (<c>x.Headers.Authorization = v</c>), calls on it (<c>x.AddHeader(...)</c>), initializers of
        /// its creation, and the calls of a fluent chain that made it.
        /// </summary>
        public ObjectFacts FactsOf(IOperation receiver, CallContext context)
        {
            var facts = new ObjectFacts();
            receiver = OperationRoots.Unwrap(receiver);

            // The creations (and fluent chains) it comes from.
            foreach (var source in Sources(receiver, context))
            {
                if (source.Kind == ValueSourceKind.Parameter)
                {
                    facts.FromUnboundParameter = true;
                    facts.UnboundParameters.Add(source.ParameterSymbol!);
                }

                if (source.Operation is null)
                {
                    continue;
                }

                var current = OperationRoots.Unwrap(source.Operation);
                while (current is IInvocationOperation chained && OperationRoots.Receiver(chained) is IOperation chainReceiver
                       && SymbolEqualityComparer.Default.Equals(chained.Type, chainReceiver.Type))
                {
                    facts.Calls.Add(new ObjectCall(chained.TargetMethod.Name, chained, source.Context.For(chained)));
                    current = OperationRoots.Unwrap(chainReceiver);
                }

                if (current is IInvocationOperation factory && HelperMethods.IsHelper(factory.TargetMethod)
                    && (context.Depth < MaxCallDepth || Cut()) && EnterMethod(factory.TargetMethod.OriginalDefinition))
                {
                    // Built by a method of the compilation (CreateRequest(method, url, token)): what it returns, with this call's arguments.
                    try
                    {
                        var body = Session.BodyOf(factory.TargetMethod, CancellationToken);
                        if (body != null)
                        {
                            var inner = source.Context.For(factory).Enter(factory, factory.TargetMethod.OriginalDefinition, body);
                            foreach (var returned in ReturnedValues(body))
                            {
                                Merge(facts, FactsOf(returned, inner));
                            }

                            continue;
                        }
                    }
                    finally
                    {
                        LeaveMethod(factory.TargetMethod.OriginalDefinition);
                    }
                }

                // Made by a library method (WebRequest.Create(url), factory.CreateClient("feishu"), HttpClientFactory.Create(...)).
                if (current is IInvocationOperation producer && source.Kind != ValueSourceKind.Parameter && !HelperMethods.IsHelper(producer.TargetMethod))
                {
                    facts.Producers.Add(new ObjectProducer(producer, source.Context.For(producer)));
                }

                if (current is IObjectCreationOperation creation)
                {
                    var creationContext = source.Context.For(creation);
                    facts.Creations.Add(new ObjectCreation(creation, creationContext));
                    if (creation.Initializer != null)
                    {
                        AddInitializers(creation.Initializer, "", creationContext, facts);
                    }
                }
            }

            AddUses(receiver, context, facts, callerUses: true, except: null);
            return facts;
        }

        /// <summary>
        /// The uses of what <paramref name="receiver"/> names: in the body for a local or parameter, across the type for a
        /// field or property. For a parameter a caller in the chain bound, with <paramref name="callerUses"/>, the caller's own
        /// uses of what it passed too (the caller built the request and set its header, the helper sends it).
        /// </summary>
        private void AddUses(IOperation receiver, CallContext context, ObjectFacts facts, bool callerUses, IInvocationOperation? except)
        {
            var symbol = ReferencedSymbol(receiver);
            if (symbol is null)
            {
                return;
            }

            ObjectFacts? callers = null;
            if (callerUses && symbol is IParameterSymbol parameter && context.Parent != null && context.ArgumentFor(parameter) is IOperation argument)
            {
                callers = new ObjectFacts();
                AddUses(argument, context.Parent.For(argument), callers, callerUses: true, except: context.Call);
            }

            var ownFrom = facts.Assignments.Count;
            if (symbol is ILocalSymbol || symbol is IParameterSymbol)
            {
                foreach (var operation in context.Root.Descendants())
                {
                    if (!Step())
                    {
                        return;
                    }

                    if ((operation.Kind == OperationKind.LocalReference || operation.Kind == OperationKind.ParameterReference)
                        && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation), symbol))
                    {
                        AddUse(operation, "", context, facts, except);
                    }
                }
            }
            else if (symbol.ContainingType != null && IsTraceable(symbol))
            {
                foreach (var reference in MemberReferences(symbol))
                {
                    AddUse(reference, "", context.For(reference), facts, except);
                }
            }

            if (callers != null)
            {
                MergeCallerUses(facts, ownFrom, callers);
            }
        }

        /// <summary>
        /// The callers' uses of an object this body received: their calls, and their assignments of the members this body
        /// does not assign itself (it runs after them, so its own assignment is the one the object keeps).
        /// </summary>
        private static void MergeCallerUses(ObjectFacts facts, int ownFrom, ObjectFacts callers)
        {
            var ownMembers = new HashSet<string>();
            for (var i = ownFrom; i < facts.Assignments.Count; i++)
            {
                ownMembers.Add(facts.Assignments[i].Member);
            }

            foreach (var assignment in callers.Assignments)
            {
                if (!ownMembers.Contains(assignment.Member))
                {
                    facts.Assignments.Add(assignment);
                }
            }

            facts.Calls.AddRange(callers.Calls);
        }

        /// <summary>
        /// The object passed to a method of the compilation that completes it (<c>Authorize(request, token)</c>): what that
        /// method does to its parameter, with this call's arguments. Not when the call's result replaces the object
        /// (<c>request = Authorize(request, token)</c>): its sources read that call already. Nor <paramref name="except"/>, the call the chain came in by (its body is being read already).
        /// </summary>
        private void AddHelperUses(IArgumentOperation argument, CallContext context, ObjectFacts facts, IInvocationOperation? except)
        {
            if (!(argument.Parent is IInvocationOperation call) || argument.Parameter is null || argument.Parameter.RefKind == RefKind.Out
                || !HelperMethods.IsHelper(call.TargetMethod) || call == except || AssignsBack(call, argument.Value))
            {
                return;
            }

            var callee = call.TargetMethod.OriginalDefinition;
            if (argument.Parameter.Ordinal >= callee.Parameters.Length)
            {
                return;
            }

            var ordinal = argument.Parameter.Ordinal;
            ReadCallee(call, context, false, (body, inner) =>
            {
                foreach (var operation in body.Descendants())
                {
                    if (!Step())
                    {
                        return false;
                    }

                    if (operation is IParameterReferenceOperation reference && reference.Parameter.Ordinal == ordinal
                        && SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol?.OriginalDefinition, callee))
                    {
                        AddUse(operation, "", inner, facts, except: null);
                    }
                }

                return true;
            });
        }

        /// <summary>
        /// Reads the body of the method <paramref name="call"/> reaches (its parameters bound to the call's arguments), within
        /// the call depth and not inside a method already being read; <paramref name="otherwise"/> when it cannot (a cut).
        /// </summary>
        public T ReadCallee<T>(IInvocationOperation call, CallContext context, T otherwise, Func<IOperation, CallContext, T> read)
        {
            var callee = call.TargetMethod.OriginalDefinition;
            if (!(context.Depth < MaxCallDepth || Cut()) || !EnterMethod(callee))
            {
                return otherwise;
            }

            try
            {
                var body = Session.BodyOf(callee, CancellationToken);
                return body is null ? otherwise : read(body, context.Enter(call, callee, body));
            }
            finally
            {
                LeaveMethod(callee);
            }
        }

        /// <summary>Whether the call's result is assigned to what <paramref name="passed"/> names (<c>request = Authorize(request, token)</c>).</summary>
        private static bool AssignsBack(IInvocationOperation call, IOperation passed)
        {
            var parent = call.Parent;
            while (parent is IConversionOperation || parent is IAwaitOperation)
            {
                parent = parent.Parent;
            }

            return parent is ISimpleAssignmentOperation assignment && ReferencedSymbol(passed) is ISymbol symbol
                && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(assignment.Target), symbol);
        }

        private static void Merge(ObjectFacts into, ObjectFacts from)
        {
            into.Creations.AddRange(from.Creations);
            into.Assignments.AddRange(from.Assignments);
            into.Calls.AddRange(from.Calls);
            into.UnboundParameters.AddRange(from.UnboundParameters);
            into.Producers.AddRange(from.Producers);
        }

        private void AddUse(IOperation use, string prefix, CallContext context, ObjectFacts facts, IInvocationOperation? except)
        {
            var parent = use.Parent;
            while (parent is IConversionOperation)
            {
                use = parent;
                parent = parent.Parent;
            }

            if (prefix.Length == 0 && parent is IArgumentOperation passed)
            {
                AddHelperUses(passed, context, facts, except);
            }

            switch (parent)
            {
                case IPropertyReferenceOperation member when member.Instance == use && prefix.Length == 0:
                    if (member.Parent is ISimpleAssignmentOperation assignment && assignment.Target == member)
                    {
                        facts.Assignments.Add(new ObjectAssignment(member.Property.Name, assignment.Value, context));
                    }
                    else
                    {
                        AddUse(member, member.Property.Name + ".", context, facts, except: null);
                    }

                    break;
                case IPropertyReferenceOperation nested when nested.Instance == use:
                    if (nested.Parent is ISimpleAssignmentOperation nestedAssignment && nestedAssignment.Target == nested)
                    {
                        facts.Assignments.Add(new ObjectAssignment(prefix + nested.Property.Name, nestedAssignment.Value, context));
                    }

                    break;
                case IInvocationOperation invocation when invocation.Instance == use:
                    facts.Calls.Add(new ObjectCall(prefix + invocation.TargetMethod.Name, invocation, context));
                    break;
                case IArgumentOperation argument when argument.Parent is IInvocationOperation call && call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0:
                    facts.Calls.Add(new ObjectCall(prefix + call.TargetMethod.Name, call, context));
                    break;
            }
        }

        public static ISymbol? ReferencedSymbol(IOperation operation) => OperationRoots.Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property when property.Arguments.IsEmpty => property.Property,
            _ => null,
        };

        private static ISymbol? ReferencedMember(IOperation operation) => operation switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        private static bool IsOwnMember(IOperation? instance) => instance is null || instance is IInstanceReferenceOperation;

        private static bool IsTraceable(ISymbol member) => !member.DeclaringSyntaxReferences.IsEmpty && !(member is IFieldSymbol { IsConst: true });

        private static bool IsAutoProperty(IPropertySymbol property)
        {
            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol { AssociatedSymbol: { } associated } && SymbolEqualityComparer.Default.Equals(associated, property))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains<T>(ImmutableArray<T> symbols, ISymbol member)
            where T : ISymbol
        {
            foreach (var symbol in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(symbol, member))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInsideLambda(IOperation operation, IOperation body)
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
    }
}
