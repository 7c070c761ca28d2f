using System.Collections.Generic;
using FeishuUatAnalyzer.Analysis;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Sites;
using FeishuUatAnalyzer.Tokens;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Rules
{
    /// <summary>
    /// Judges a request: which endpoints its verb and path can reach, which kind of token it carries, and
    /// whether a rule follows. Where a hole in the path could reach endpoints with different rules, it is
    /// reported only where every candidate agrees; so is a URL that is one of several (the arms of a choice).
    /// </summary>
    internal static class RequestJudge
    {
        public static Outcome Judge(RequestFacts facts, Tracer tracer)
        {
            var parameterDependent = facts.Url.DependsOnParameter || facts.Verb.DependsOnParameter;

            // Every URL the request may have (the arms of a choice) must reach an endpoint; together they are the candidates.
            var candidates = new List<Endpoint>();
            string? host = null;
            var first = true;
            foreach (var url in facts.Url.Choices)
            {
                var path = RequestPath.FromUrl(url);
                var reached = path is null ? null : tracer.Session.Catalogue.Match(path.Segments, facts.Verb.Method, path.OpenTail);
                if (reached is null || reached.Count == 0)
                {
                    return parameterDependent ? Outcome.Deferred : Outcome.None;
                }

                foreach (var endpoint in reached)
                {
                    if (!candidates.Contains(endpoint))
                    {
                        candidates.Add(endpoint);
                    }
                }

                host = first || host == path!.Host ? path!.Host : null;
                first = false;
            }

            if (facts.Tokens.Count == 0)
            {
                // No Authorization visible anywhere: not reported.
                return Outcome.None;
            }

            var verdict = TokenVerdict.Nothing;
            var verdicts = new TokenVerdict[facts.Tokens.Count];
            for (var i = 0; i < verdicts.Length; i++)
            {
                verdicts[i] = facts.Tokens[i].Classify(tracer);
                verdict = TokenVerdict.Combine(verdict, verdicts[i]);
            }

            // The token the verdict rests on: the first path of the combined kind.
            var decisive = facts.Tokens[0];
            for (var i = 0; i < verdicts.Length; i++)
            {
                if (verdicts[i].Kind == verdict.Kind)
                {
                    decisive = facts.Tokens[i];
                    break;
                }
            }

            var kind = verdict.Kind;
            if (kind == TokenKind.Deferred)
            {
                if (verdict.DeferredTo?.ContainingSymbol is IMethodSymbol owner && tracer.Session.HasCallers(owner, tracer.CancellationToken))
                {
                    return Outcome.Deferred;
                }

                kind = TokenKind.Unknown;
            }

            if (kind == TokenKind.None)
            {
                return Outcome.None;
            }

            string? rule = null;
            foreach (var candidate in candidates)
            {
                var candidateRule = RuleSelector.RuleFor(candidate, kind);
                if (candidateRule is null || (rule != null && rule != candidateRule))
                {
                    return parameterDependent ? Outcome.Deferred : Outcome.None;
                }

                rule = candidateRule;
            }

            return Outcome.Report(rule!, Label(candidates), verdict, decisive!, host);
        }

        /// <summary>The endpoint to name when a hole reaches several: the shortest template, then the one with most parameters.</summary>
        private static Endpoint Label(List<Endpoint> candidates)
        {
            var best = candidates[0];
            foreach (var candidate in candidates)
            {
                var segments = Count(candidate.Path, '/') - Count(best.Path, '/');
                if (segments < 0 || (segments == 0 && Count(candidate.Path, ':') > Count(best.Path, ':')))
                {
                    best = candidate;
                }
            }

            return best;
        }

        private static int Count(string text, char c)
        {
            var n = 0;
            foreach (var ch in text)
            {
                if (ch == c)
                {
                    n++;
                }
            }

            return n;
        }
    }
}
