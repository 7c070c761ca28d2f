using System;
using System.Globalization;

namespace FeishuUatAnalyzer.Tokens
{
    internal enum EvidenceKind
    {
        OriginEndpoint,
        SignedInUser,
        SdkParameterType,
        SdkInterface,
        DeclaredTokenType,
        DisagreeingSources,
        Literal,
        ConfigurationKey,
        EnvironmentVariable,
        Name,
        Parameter,
        Expression,
    }

    /// <summary>
    /// Why a token is judged as it is ("it comes from the answer of POST /open-apis/authen/v2/oauth/token").
    /// Formats itself in the culture of the diagnostic message, so that the whole message is English or Chinese.
    /// </summary>
    internal sealed class TokenEvidence : IFormattable
    {
        public TokenEvidence(EvidenceKind kind, string detail)
        {
            Kind = kind;
            Detail = detail;
        }

        public EvidenceKind Kind { get; }

        public string Detail { get; }

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            var culture = formatProvider as CultureInfo ?? CultureInfo.InvariantCulture;
            var template = Resources.Get("Evidence_" + Kind, culture);
            return string.Format(culture, template, Detail);
        }

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }
}
