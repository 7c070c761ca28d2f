using System.Collections.Generic;
using FeishuUatAnalyzer.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>A request as the library really sends it: verb, URL, and the tokens it may carry.</summary>
    internal sealed class RequestFacts
    {
        public RequestFacts(string library, IInvocationOperation invocation, HttpVerb verb, UrlValue url, IOperation? urlOperation, List<TokenRef> tokens)
        {
            Library = library;
            Invocation = invocation;
            Verb = verb;
            Url = url;
            UrlOperation = urlOperation;
            Tokens = tokens;
        }

        public string Library { get; }

        /// <summary>The call that sends the request.</summary>
        public IInvocationOperation Invocation { get; }

        public HttpVerb Verb { get; }

        public UrlValue Url { get; }

        public IOperation? UrlOperation { get; }

        /// <summary>The tokens the request may carry (several paths); empty when no Authorization is visible.</summary>
        public List<TokenRef> Tokens { get; }
    }
}
