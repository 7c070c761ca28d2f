using System.Collections.Generic;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>What is done to an object (a request, a client, options) in the code that can see it.</summary>
    internal sealed class ObjectFacts
    {
        public List<ObjectCreation> Creations { get; } = new List<ObjectCreation>();

        /// <summary>Member assignments, named by their path from the object: <c>BaseAddress</c>, <c>Headers.Authorization</c>.</summary>
        public List<ObjectAssignment> Assignments { get; } = new List<ObjectAssignment>();

        /// <summary>Calls on the object, named by their path: <c>AddHeader</c>, <c>DefaultRequestHeaders.Add</c>.</summary>
        public List<ObjectCall> Calls { get; } = new List<ObjectCall>();

        /// <summary>The object arrives as a parameter that no caller in the chain binds: what it is depends on the callers.</summary>
        public bool FromUnboundParameter { get; set; }

        /// <summary>Those parameters (a typed client's constructor parameter: the registration in DI decides what it is).</summary>
        public List<IParameterSymbol> UnboundParameters { get; } = new List<IParameterSymbol>();

        /// <summary>Calls of library methods that return the object (<c>WebRequest.Create(url)</c>, <c>factory.CreateClient("feishu")</c>, <c>HttpClientFactory.Create(...)</c>): not its own creation, not a helper of the compilation.</summary>
        public List<ObjectProducer> Producers { get; } = new List<ObjectProducer>();

        /// <summary>Whether the object's <paramref name="member"/> is assigned anywhere (its creation's initializer included).</summary>
        public bool Assigns(string member)
        {
            foreach (var assignment in Assignments)
            {
                if (assignment.Member == member)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal readonly struct ObjectProducer
    {
        public ObjectProducer(IInvocationOperation invocation, CallContext context)
        {
            Invocation = invocation;
            Context = context;
        }

        public IInvocationOperation Invocation { get; }

        public CallContext Context { get; }
    }

    internal readonly struct ObjectCreation
    {
        public ObjectCreation(IObjectCreationOperation operation, CallContext context)
        {
            Operation = operation;
            Context = context;
        }

        public IObjectCreationOperation Operation { get; }

        public CallContext Context { get; }
    }

    internal readonly struct ObjectAssignment
    {
        public ObjectAssignment(string member, IOperation value, CallContext context)
        {
            Member = member;
            Value = value;
            Context = context;
        }

        public string Member { get; }

        public IOperation Value { get; }

        public CallContext Context { get; }
    }

    internal readonly struct ObjectCall
    {
        public ObjectCall(string name, IInvocationOperation invocation, CallContext context)
        {
            Name = name;
            Invocation = invocation;
            Context = context;
        }

        public string Name { get; }

        public IInvocationOperation Invocation { get; }

        public CallContext Context { get; }
    }
}
