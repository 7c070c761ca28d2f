using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Analysis
{
    /// <summary>Each library type's role, decided once per type: by namespace and name, nested library types included.</summary>
    public sealed class KnownTypesTests
    {
        private static readonly CSharpCompilation Compilation = CSharpCompilation.Create("T", new[]
        {
            CSharpSyntaxTree.ParseText("""
                namespace System.Net.Http { public class HttpClient { } public class HttpMethod { } }
                namespace System.Net.Http.Json { public static class HttpClientJsonExtensions { } }
                namespace RestSharp
                {
                    public class RestClient { }

                    // What the compiler of a current SDK sees in RestSharp 114: extension blocks, types nested in the static class.
                    public static class RestClientExtensions { public static class ExtensionBlock { } }
                }
                namespace Flurl { public class Url { } }
                namespace Flurl.Http { public static class GeneratedExtensions { public static class Nested { } } }
                namespace FeishuNetSdk.Parameters { public class UserAccessToken { } }
                namespace System.Net
                {
                    public class WebClient { } public class WebRequest { } public class HttpWebRequest : WebRequest { }
                    public class WebHeaderCollection { } public enum HttpRequestHeader { Authorization }
                }
                namespace System { public class UriBuilder { } }
                namespace Microsoft.AspNetCore.WebUtilities { public static class QueryHelpers { } }
                namespace Microsoft.AspNetCore.Http { public struct QueryString { } }
                namespace Mine { public class HttpClient { } public class Outer { public class HttpClient { } } public class WebClient { } public class UriBuilder { } }
                namespace Mine.RestSharp { public class RestClient { } }
                """),
        });

        [Theory]
        [InlineData("System.Net.Http.HttpClient", "HttpSender")]
        [InlineData("System.Net.Http.Json.HttpClientJsonExtensions", "HttpSender")]
        [InlineData("System.Net.Http.HttpMethod", "HttpMethod")]
        [InlineData("RestSharp.RestClient", "RestSharp")]
        [InlineData("RestSharp.RestClientExtensions+ExtensionBlock", "RestSharp")]
        [InlineData("Flurl.Url", "Flurl, FlurlUrlHolder")]
        [InlineData("Flurl.Http.GeneratedExtensions+Nested", "Flurl")]
        [InlineData("FeishuNetSdk.Parameters.UserAccessToken", "FeishuSdkUserToken")]
        [InlineData("System.Net.WebClient", "WebClient")]
        [InlineData("System.Net.WebRequest", "WebRequest")]
        [InlineData("System.Net.HttpWebRequest", "WebRequest")]
        [InlineData("System.Net.WebHeaderCollection", "WebHeaderCollection")]
        [InlineData("System.Net.HttpRequestHeader", "HttpRequestHeader")]
        [InlineData("Mine.WebClient", "None")]
        [InlineData("System.UriBuilder", "UriBuilder")]
        [InlineData("Microsoft.AspNetCore.WebUtilities.QueryHelpers", "QueryString")]
        [InlineData("Microsoft.AspNetCore.Http.QueryString", "QueryString")]
        [InlineData("Mine.UriBuilder", "None")]
        [InlineData("Mine.HttpClient", "None")]
        [InlineData("Mine.Outer+HttpClient", "None")]
        [InlineData("Mine.RestSharp.RestClient", "None")]
        public void DecidesEachTypesRole(string metadataName, string role)
        {
            var type = Compilation.GetTypeByMetadataName(metadataName);
            Assert.NotNull(type);
            Assert.Equal(role, new KnownTypes().RoleOf(type!).ToString());
        }
    }
}
