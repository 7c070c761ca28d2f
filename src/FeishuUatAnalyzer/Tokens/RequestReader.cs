using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Tokens
{
    /// <summary>
    /// How the token stage asks whether a call sends a request, and if so which token its answer is (a call to a
    /// token endpoint issues one). Reading requests is the job of the site recognizers, a later stage: they are
    /// handed in when the session is made, so that this stage does not depend on them.
    /// </summary>
    /// <returns>Whether the call sends a request; <paramref name="issued"/> is the issued token's verdict, or null when the request goes elsewhere.</returns>
    internal delegate bool RequestReader(IInvocationOperation call, CallContext context, Tracer tracer, out TokenVerdict? issued);
}
