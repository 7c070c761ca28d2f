namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>An endpoint whose answer carries an access token of a known kind.</summary>
    internal sealed class TokenEndpoint
    {
        public TokenEndpoint(string path, AcceptedTokens issues)
        {
            Path = path;
            Issues = issues;
        }

        public string Path { get; }

        /// <summary>The kind of token in the answer.</summary>
        public AcceptedTokens Issues { get; }
    }
}
