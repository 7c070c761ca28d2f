namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>A segment of a request path: known text, or a wildcard where part of it is not known at compile time.</summary>
    internal readonly struct PathSegment
    {
        private PathSegment(string text, bool isWildcard)
        {
            Text = text;
            IsWildcard = isWildcard;
        }

        public string Text { get; }

        public bool IsWildcard { get; }

        public static PathSegment Literal(string text) => new PathSegment(text, false);

        public static PathSegment Wildcard(string text) => new PathSegment(text, true);

        public override string ToString() => IsWildcard ? "{" + Text + "}" : Text;
    }
}
