using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Sites;

namespace FeishuUatAnalyzer.Pipeline
{
    /// <summary>A request a call sends that comes to a diagnostic: the outcome, the request read, and the chain of calls that bound it.</summary>
    internal readonly struct Finding
    {
        public Finding(Outcome outcome, RequestFacts facts, CallContext chain)
        {
            Outcome = outcome;
            Facts = facts;
            Chain = chain;
        }

        public Outcome Outcome { get; }

        public RequestFacts Facts { get; }

        public CallContext Chain { get; }

        /// <summary>Whether another body run by the same call comes to the same rule on the same endpoint.</summary>
        public bool Agrees(Finding other) =>
            Outcome.RuleId == other.Outcome.RuleId && Outcome.Endpoint?.Display == other.Outcome.Endpoint?.Display;
    }
}
