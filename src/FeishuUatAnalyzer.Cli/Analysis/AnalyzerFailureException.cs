using System;

namespace FeishuUatAnalyzer.Cli.Analysis
{
    /// <summary>The analyzer threw on a project (AD0001 in a build): its findings there cannot be trusted.</summary>
    internal sealed class AnalyzerFailureException : Exception
    {
        public AnalyzerFailureException(string message)
            : base(message)
        {
        }
    }
}
