using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>
    /// A parameter whose argument decides part of a token verdict, and the verdict to fall back to when the
    /// argument tells nothing (the name of what the parameter flowed into, e.g. a local <c>userToken</c>).
    /// </summary>
    internal sealed class TokenHole
    {
        public TokenHole(IParameterSymbol parameter, TokenVerdict? fallback)
        {
            Parameter = parameter;
            Fallback = fallback;
            Evidence = new TokenEvidence(EvidenceKind.Parameter, parameter.Name);
        }

        public IParameterSymbol Parameter { get; }

        public TokenVerdict? Fallback { get; }

        public TokenEvidence Evidence { get; }
    }
}
