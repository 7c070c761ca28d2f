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
        public static HttpVerb Evaluate(IOperation operation, CallContext context, Tracer tracer, int depth = 0)
        {
            if (operation.ConstantValue.HasValue)
            {
                if (operation.ConstantValue.Value is string text)
                {
                    return Known(text);
                }

                // An enum constant (RestSharp's Method): its member name is the verb.
                if (OperationRoots.Unwrap(operation) is IFieldReferenceOperation { Field: { HasConstantValue: true } field } && field.ContainingType?.TypeKind == TypeKind.Enum)
                {
                    return Known(field.Name);
                }
            }

            if (!tracer.Within(depth))
            {
                return Unknown;
            }

            operation = OperationRoots.Unwrap(operation);
            switch (operation)
            {
                case IPropertyReferenceOperation { Instance: null } property when tracer.Session.Known.Is(property.Property.ContainingType, TypeRole.HttpMethod):
                    return Known(property.Property.Name);
                case IObjectCreationOperation creation when creation.Arguments.Length == 1 && tracer.Session.Known.Is(creation.Type, TypeRole.HttpMethod):
                    return Evaluate(creation.Arguments[0].Value, context, tracer, depth + 1);
                case IFieldReferenceOperation { Field: { HasConstantValue: true } field } when field.ContainingType?.TypeKind == TypeKind.Enum:
                    return Known(field.Name);
                case ILocalReferenceOperation _:
                case IParameterReferenceOperation _:
                case IFieldReferenceOperation _:
                case IPropertyReferenceOperation _:
                    HttpVerb? agreed = null;
                    foreach (var source in tracer.Sources(operation, context, depth: depth))
                    {
                        var verb = source.Kind == ValueSourceKind.Parameter ? Parameter
                            : source.IsItself(operation) ? Unknown
                            : Evaluate(source.Operation, source.Context, tracer, depth + 1);
                        if (agreed is null)
                        {
                            agreed = verb;
                        }
                        else if (agreed.Value.Method != verb.Method)
                        {
                            return agreed.Value.DependsOnParameter || verb.DependsOnParameter ? Parameter : Unknown;
                        }
                    }

                    return agreed ?? Unknown;
                default:
                    return Unknown;
            }
        }
    }
}
