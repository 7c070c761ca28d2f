using System.Linq;
using FeishuUatAnalyzer.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Analysis
{
    public sealed class TypeNamesTests
    {
        private static readonly CSharpCompilation Compilation = CSharpCompilation.Create("T", new[]
        {
            CSharpSyntaxTree.ParseText("""
                namespace System.Net.Http.Headers { public class AuthenticationHeaderValue { } }
                namespace Mine { public class AuthenticationHeaderValue { } public class Uri { } }
                namespace Mine.System.Net.Http.Headers { public class AuthenticationHeaderValue { } }
                namespace FeishuNetSdk.Parameters { public class UserAccessToken { } }
                public class Uri { }
                """),
        });

        [Theory]
        [InlineData("System.Net.Http.Headers.AuthenticationHeaderValue", "System.Net.Http.Headers", "AuthenticationHeaderValue", true)]
        [InlineData("Mine.AuthenticationHeaderValue", "System.Net.Http.Headers", "AuthenticationHeaderValue", false)]
        [InlineData("Mine.System.Net.Http.Headers.AuthenticationHeaderValue", "System.Net.Http.Headers", "AuthenticationHeaderValue", false)]
        [InlineData("Mine.Uri", "System", "Uri", false)]
        [InlineData("Uri", "System", "Uri", false)]
        public void RecognisesATypeByNamespaceAndName(string metadataName, string @namespace, string name, bool expected)
        {
            var type = Compilation.GetTypeByMetadataName(metadataName);
            Assert.NotNull(type);
            Assert.Equal(expected, TypeNames.Is(type, @namespace, name));
        }

        [Fact]
        public void NamespaceRootsAndTheGlobalNamespace()
        {
            var token = Compilation.GetTypeByMetadataName("FeishuNetSdk.Parameters.UserAccessToken")!;
            Assert.True(TypeNames.UnderRoot(token.ContainingNamespace, "FeishuNetSdk"));
            Assert.False(TypeNames.UnderRoot(token.ContainingNamespace, "Parameters"));
            Assert.True(TypeNames.InNamespace(token.ContainingNamespace, "FeishuNetSdk.Parameters"));
            Assert.False(TypeNames.InNamespace(token.ContainingNamespace, "Parameters"));
            Assert.False(TypeNames.InNamespace(token.ContainingNamespace, "X.FeishuNetSdk.Parameters"));
            Assert.True(TypeNames.InNamespace(Compilation.GlobalNamespace, ""));
        }
    }
}
