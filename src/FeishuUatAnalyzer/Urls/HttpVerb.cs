using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Urls
{
    /// <summary>The HTTP method of a request: known, unknown, or a parameter whose callers know it.</summary>
    internal readonly struct HttpVerb
    {
        private HttpVerb(string? method, bool dependsOnParameter)
        {
            Method = method;
            DependsOnParameter = dependsOnParameter;
        }

        /// <summary>Upper-case method, or null when not known.</summary>
        public string? Method { get; }

        public bool DependsOnParameter { get; }

        public static HttpVerb Known(string method) => new HttpVerb(method.ToUpperInvariant(), false);

        public static readonly HttpVerb Unknown = new HttpVerb(null, false);

        public static readonly HttpVerb Parameter = new HttpVerb(null, true);

        /// <summary>The verb a method name says: <c>GetAsync</c>, <c>ExecutePostAsync</c>, <c>PatchJsonAsync</c>...</summary>
        public static HttpVerb FromName(string name, string prefix = "")
        {
            if (!name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return Unknown;
            }

            var rest = name.Substring(prefix.Length);
            foreach (var verb in new[] { "Get", "Post", "Put", "Patch", "Delete", "Head", "Options" })
            {
                if (rest.StartsWith(verb, System.StringComparison.Ordinal))
                {
                    return Known(verb);
                }
            }

            return Unknown;
        }

        /// <summary>
        /// <c>HttpMethod.Get</c>, <c>new HttpMethod("PATCH")</c>, RestSharp's <c>Method.Post</c>, a string,
        /// followed through locals, fields and helper arguments.
        /// </summary>
        public static HttpVerb Evaluate(IOperation operation, CallContext context, Tracer tracer, int depth = 0) => Domain.Instance.Evaluate(operation, context, tracer, depth);

        /// <summary>Verbs as a value domain: paths must agree on the method.</summary>
        private sealed class Domain : ValueDomain<HttpVerb>
        {
            public static readonly Domain Instance = new Domain();

            protected override HttpVerb Constant(IOperation operation)
            {
                if (operation.ConstantValue.Value is string text)
                {
                    return Known(text);
                }

                // An enum constant (RestSharp's Method): its member name is the verb.
                return OperationRoots.Unwrap(operation) is IFieldReferenceOperation { Field: { HasConstantValue: true } field } && field.ContainingType?.TypeKind == TypeKind.Enum
                    ? Known(field.Name)
                    : HttpVerb.Unknown;
            }

            protected override HttpVerb Unknown(IOperation operation) => HttpVerb.Unknown;

            protected override bool TryRead(IOperation operation, CallContext context, Tracer tracer, int depth, out HttpVerb value)
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Instance: null } property when tracer.Session.Known.Is(property.Property.ContainingType, TypeRole.HttpMethod):
                        value = Known(property.Property.Name);
                        return true;
                    case IObjectCreationOperation creation when creation.Arguments.Length == 1 && tracer.Session.Known.Is(creation.Type, TypeRole.HttpMethod):
                        value = Evaluate(creation.Arguments[0].Value, context, tracer, depth + 1);
                        return true;
                    default:
                        value = HttpVerb.Unknown;
                        return false;
                }
            }

            protected override HttpVerb Unbound(ValueSource parameter, Tracer tracer) => Parameter;

            protected override HttpVerb Join(HttpVerb joined, HttpVerb next, out bool settled)
            {
                settled = joined.Method != next.Method;
                return !settled ? joined : joined.DependsOnParameter || next.DependsOnParameter ? Parameter : HttpVerb.Unknown;
            }
        }
    }
}
