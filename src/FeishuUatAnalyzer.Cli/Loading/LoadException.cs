using System;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>A scan target that cannot be read at all (a solution file that is not one): exit code 2.</summary>
    internal sealed class LoadException : Exception
    {
        public LoadException(string message)
            : base(message)
        {
        }
    }
}
