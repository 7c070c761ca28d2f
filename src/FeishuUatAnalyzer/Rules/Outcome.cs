using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Sites;
using FeishuUatAnalyzer.Tokens;

namespace FeishuUatAnalyzer.Rules
{
    internal enum OutcomeKind
    {
        /// <summary>Nothing to report, whatever the callers do.</summary>
        None,

        /// <summary>The callers decide (a parameter carries the token, the URL or the verb).</summary>
        Deferred,

        Report,
    }

    /// <summary>What follows from a request: nothing, a question for the callers, or a diagnostic.</summary>
    internal sealed class Outcome
    {
        public static readonly Outcome None = new Outcome(OutcomeKind.None, null, null, null, null, null);
        public static readonly Outcome Deferred = new Outcome(OutcomeKind.Deferred, null, null, null, null, null);

        private Outcome(OutcomeKind kind, string? ruleId, Endpoint? endpoint, TokenVerdict? verdict, TokenRef? token, string? host)
        {
            Kind = kind;
            RuleId = ruleId;
            Endpoint = endpoint;
            Verdict = verdict;
            Token = token;
            Host = host;
        }

        public OutcomeKind Kind { get; }

        public string? RuleId { get; }

        public Endpoint? Endpoint { get; }

        public TokenVerdict? Verdict { get; }

        /// <summary>The token that decided the verdict.</summary>
        public TokenRef? Token { get; }

        public string? Host { get; }

        public static Outcome Report(string ruleId, Endpoint endpoint, TokenVerdict verdict, TokenRef token, string? host) =>
            new Outcome(OutcomeKind.Report, ruleId, endpoint, verdict, token, host);
    }
}
