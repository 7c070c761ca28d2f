using Xunit;

namespace FeishuUatAnalyzer.Cli.Tests.Infrastructure
{
    /// <summary>The tests that start fsuat (and through it MSBuild build hosts) run one at a time: the machine has two cores.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class CliCollection
    {
        public const string Name = "fsuat processes";
    }
}
