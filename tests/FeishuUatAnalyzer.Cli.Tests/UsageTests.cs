using System.Threading.Tasks;
using FeishuUatAnalyzer.Cli.Tests.Infrastructure;
using Xunit;

namespace FeishuUatAnalyzer.Cli.Tests
{
    /// <summary>Mistakes on the command line end with a message and exit code 2, never a stack trace.</summary>
    [Collection(CliCollection.Name)]
    public sealed class UsageTests
    {
        [Theory]
        [InlineData("scan", "/no/such/folder/anywhere", "does not exist")]
        [InlineData("scan", ".", "--fail-on", "critical", "--fail-on must be")]
        [InlineData("scan", ".", "--format", "xml", "--format must be")]
        [InlineData("fix", ".", "--rules", "FSUAT999", "FSUAT999")]
        [InlineData("fix", ".", "--rules", "FSUAT901", "FSUAT901")]
        [InlineData("scan", "--no-such-option", "")]
        public async Task A_usage_mistake_exits_with_2(params string[] argumentsThenMessage)
        {
            var arguments = argumentsThenMessage[..^1];
            var message = argumentsThenMessage[^1];
            using var repo = new FixtureRepository();

            var run = await Fsuat.RunAsync(repo.Root, arguments);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(message, run.Stderr + run.Stdout);
            Assert.DoesNotContain("   at ", run.Stderr);
        }
    }
}
