// A minimal stand-in for the public surface of the WebApiClientCore package that FeishuNetSdk's
// interfaces use: names and signatures only, no behaviour. A real project references the packages.
using System;

namespace WebApiClientCore
{
    public interface IHttpApi { }

    public interface IApiParameter { }
}

namespace WebApiClientCore.Attributes
{
    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class HttpHostAttribute : Attribute
    {
        public HttpHostAttribute(string host) => Host = host;
        public string Host { get; }
    }

    public abstract class HttpMethodAttribute : Attribute
    {
        protected HttpMethodAttribute(string method, string? path) { Method = method; Path = path; }
        public string Method { get; }
        public string? Path { get; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpGetAttribute : HttpMethodAttribute { public HttpGetAttribute(string? path = null) : base("GET", path) { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpPostAttribute : HttpMethodAttribute { public HttpPostAttribute(string? path = null) : base("POST", path) { } }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpDeleteAttribute : HttpMethodAttribute { public HttpDeleteAttribute(string? path = null) : base("DELETE", path) { } }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class PathQueryAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class JsonContentAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class OAuthTokenAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class JsonReturnAttribute : Attribute { }
}
