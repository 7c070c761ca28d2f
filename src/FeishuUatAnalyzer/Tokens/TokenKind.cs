namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>The kind of access token a request carries.</summary>
    internal enum TokenKind
    {
        /// <summary>Nothing is known (an empty default, a null): adds nothing to other evidence.</summary>
        None,

        /// <summary>A token is sent, but nothing tells which kind.</summary>
        Unknown,

        User,

        Tenant,

        App,

        /// <summary>A parameter of the analyzed method with no evidence of its own: its callers decide.</summary>
        Deferred,
    }
}
