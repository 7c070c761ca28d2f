using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>What the consumer's compilation lets the generated provider use.</summary>
    internal sealed class ProviderFeatures
    {
        public ProviderFeatures(bool nullableAnnotations, bool systemTextJson, bool httpJson, bool nullableTypeParameters)
        {
            NullableAnnotations = nullableAnnotations;
            SystemTextJson = systemTextJson;
            HttpJson = httpJson;
            NullableTypeParameters = nullableTypeParameters;
        }

        /// <summary>C# 8 or later: <c>string?</c> is written.</summary>
        public bool NullableAnnotations { get; }

        /// <summary>System.Text.Json is referenced: the token answer is parsed with JsonDocument, else by hand.</summary>
        public bool SystemTextJson { get; }

        /// <summary>System.Net.Http.Json is referenced: the provider can stand in for GetFromJsonAsync and DeleteFromJsonAsync.</summary>
        public bool HttpJson { get; }

        /// <summary>C# 9 or later: an unconstrained <c>T?</c> is written.</summary>
        public bool NullableTypeParameters { get; }

        public static ProviderFeatures Of(Project project, Compilation compilation) =>
            Of((project.ParseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Latest, compilation);

        public static ProviderFeatures Of(LanguageVersion version, Compilation compilation)
        {
            var systemTextJson = compilation.GetTypeByMetadataName("System.Text.Json.JsonDocument") != null;
            return new ProviderFeatures(
                version >= LanguageVersion.CSharp8,
                systemTextJson,
                systemTextJson && compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpContentJsonExtensions") != null,
                version >= LanguageVersion.CSharp9);
        }
    }
}
