using System;
using System.Globalization;
using FeishuUatAnalyzer.Catalogue;

namespace FeishuUatAnalyzer.Rules
{
    /// <summary>"GET /open-apis/vc/v1/rooms (List meeting rooms)", with the title in the message's language.</summary>
    internal sealed class EndpointLabel : IFormattable
    {
        private readonly Endpoint _endpoint;

        public EndpointLabel(Endpoint endpoint) => _endpoint = endpoint;

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            var culture = formatProvider as CultureInfo ?? CultureInfo.InvariantCulture;
            var title = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? _endpoint.TitleZh : _endpoint.TitleEn;
            return title is null ? _endpoint.Display : string.Format(culture, FeishuUatAnalyzer.Resources.Get("Endpoint_WithTitle", culture), _endpoint.Display, title);
        }

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }
}
