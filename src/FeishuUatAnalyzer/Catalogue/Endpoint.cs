namespace FeishuUatAnalyzer.Catalogue
{
    /// <summary>One Feishu server endpoint: the verb, the path template and the tokens it accepts.</summary>
    internal sealed class Endpoint
    {
        public Endpoint(string method, string path, AcceptedTokens accepts, bool isMeetingRoom, bool disputed, string basis, string? doc, string? titleEn, string? titleZh)
        {
            Method = method;
            Path = path;
            Accepts = accepts;
            IsMeetingRoom = isMeetingRoom;
            Disputed = disputed;
            Basis = basis;
            Doc = doc;
            TitleEn = titleEn;
            TitleZh = titleZh;
        }

        /// <summary>Upper-case HTTP method.</summary>
        public string Method { get; }

        /// <summary>Path template with <c>:param</c> holes, starting with <c>/open-apis/</c>.</summary>
        public string Path { get; }

        public AcceptedTokens Accepts { get; }

        /// <summary>One of the 24 endpoints of the meeting-room family (notice of 2024-03-31).</summary>
        public bool IsMeetingRoom { get; }

        /// <summary>Feishu's published metadata disagree about this endpoint: never reported.</summary>
        public bool Disputed { get; }

        /// <summary>Where the fact comes from (the notice, the API reference, the SDK or tool metadata, an extension file).</summary>
        public string Basis { get; }

        /// <summary>The API reference slug under server-docs/vc-v1, where known.</summary>
        public string? Doc { get; }

        public string? TitleEn { get; }

        public string? TitleZh { get; }

        public string Display => Method + " " + Path;

        public override string ToString() => Display;
    }
}
