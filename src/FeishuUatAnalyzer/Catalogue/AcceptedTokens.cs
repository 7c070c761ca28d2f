using System;

namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>The access tokens an endpoint accepts, as Feishu publishes them.</summary>
    [Flags]
    internal enum AcceptedTokens
    {
        None = 0,
        Tenant = 1,
        User = 2,
        App = 4,
    }
}
