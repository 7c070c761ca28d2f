using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>Which methods the analysis reads into: those of the compilation with a body a call can reach.</summary>
    internal static class HelperMethods
    {
        /// <summary>A method of this compilation with a body that a call could reach (not abstract, extern or from metadata).</summary>
        public static bool IsHelper(IMethodSymbol method) =>
            !method.DeclaringSyntaxReferences.IsEmpty && !method.IsAbstract && !method.IsExtern
            && (method.MethodKind == MethodKind.Ordinary || method.MethodKind == MethodKind.LocalFunction);
    }
}
