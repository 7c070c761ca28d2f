using System;

namespace FeishuUatAnalyzer.Cli
{
    /// <summary>A mistake on the command line (a path that does not exist, an unknown rule): exit code 2 with the message.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
