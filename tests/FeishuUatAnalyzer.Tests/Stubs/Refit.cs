// Stand-in for the Refit attributes the tests use.
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Refit
{
    public abstract class HttpMethodAttribute : Attribute
    {
        protected HttpMethodAttribute(string path) => Path = path;
        public string Path { get; }
    }

    [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute : HttpMethodAttribute { public GetAttribute(string path) : base(path) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute : HttpMethodAttribute { public PostAttribute(string path) : base(path) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class PutAttribute : HttpMethodAttribute { public PutAttribute(string path) : base(path) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class PatchAttribute : HttpMethodAttribute { public PatchAttribute(string path) : base(path) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class DeleteAttribute : HttpMethodAttribute { public DeleteAttribute(string path) : base(path) { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class AuthorizeAttribute : Attribute { public AuthorizeAttribute(string scheme = "Bearer") { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderAttribute : Attribute { public HeaderAttribute(string header) { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class BodyAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class AliasAsAttribute : Attribute { public AliasAsAttribute(string name) { } }
    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)] public sealed class HeadersAttribute : Attribute { public HeadersAttribute(params string[] headers) { } }

    public class RefitSettings
    {
        public Func<HttpRequestMessage, CancellationToken, Task<string>>? AuthorizationHeaderValueGetter { get; set; }
    }

    public static class RestService
    {
        public static T For<T>(string hostUrl) => default!;
        public static T For<T>(string hostUrl, RefitSettings? settings) => default!;
        public static T For<T>(HttpClient client) => default!;
        public static T For<T>(HttpClient client, RefitSettings? settings) => default!;
    }
}
