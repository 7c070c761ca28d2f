namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>A line of a catalogue file that could not be read, with the reason.</summary>
    internal readonly struct CatalogueError
    {
        public CatalogueError(int line, string text, string reason)
        {
            Line = line;
            Text = text;
            Reason = reason;
        }

        /// <summary>Zero-based line number in the file.</summary>
        public int Line { get; }

        public string Text { get; }

        public string Reason { get; }
    }
}
