// Stand-in for the declarative attributes of Mud.HttpUtils that MudFeishu's interfaces use
// ([HttpClientApi], [Get("/open-apis/...")], [Token(TokenType.TenantAccessToken, Name = "Authorization")]).
using System;
using System.Net.Http;

namespace Mud.HttpUtils
{
    public enum TokenInjectionMode { Header, Query, Path }

    public static class TokenTypes
    {
        public const string TenantAccessToken = "TenantAccessToken";
        public const string UserAccessToken = "UserAccessToken";
    }
}

namespace Mud.HttpUtils.Attributes
{
    using Mud.HttpUtils;

    [AttributeUsage(AttributeTargets.Interface)]
    public sealed class HttpClientApiAttribute : Attribute
    {
        public HttpClientApiAttribute(string? baseAddress = null) { }
        public string? TokenManage { get; set; }
    }

    public abstract class HttpMethodAttribute : Attribute
    {
        protected HttpMethodAttribute(HttpMethod method, string? requestUri) { }
    }

    [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute : HttpMethodAttribute { public GetAttribute(string? requestUri = null) : base(HttpMethod.Get, requestUri) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute : HttpMethodAttribute { public PostAttribute(string? requestUri = null) : base(HttpMethod.Post, requestUri) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class PatchAttribute : HttpMethodAttribute { public PatchAttribute(string? requestUri = null) : base(HttpMethod.Patch, requestUri) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class DeleteAttribute : HttpMethodAttribute { public DeleteAttribute(string? requestUri = null) : base(HttpMethod.Delete, requestUri) { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class PathAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class BodyAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class TokenAttribute : Attribute
    {
        public TokenAttribute(string tokenType = "TenantAccessToken") => TokenType = tokenType;
        public string TokenType { get; set; }
        public TokenInjectionMode InjectionMode { get; set; } = TokenInjectionMode.Header;
        public string? Name { get; set; }
    }
}

// The older generator's attribute: an enum names the kind.
namespace Mud.Common.CodeGenerator
{
    public enum FeishuTokenType { TenantAccessToken = 0, UserAccessToken = 1, Both = 2 }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Interface | AttributeTargets.Method)]
    public sealed class TokenAttribute : Attribute
    {
        public TokenAttribute() { }
        public TokenAttribute(FeishuTokenType tokenType) => TokenType = tokenType;
        public FeishuTokenType TokenType { get; set; }
    }

    public abstract class HttpMethodAttribute : Attribute
    {
        protected HttpMethodAttribute(HttpMethod method, string? requestUri) { }
    }

    [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute : HttpMethodAttribute { public GetAttribute(string? requestUri = null) : base(HttpMethod.Get, requestUri) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute : HttpMethodAttribute { public PostAttribute(string? requestUri = null) : base(HttpMethod.Post, requestUri) { } }
}
