using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;

namespace FeishuUatAnalyzer.Tests.Hardening
{
    /// <summary>A hardening test that passes whatever the analyzer does is no test: each must fail when the walk throws.</summary>
    public sealed class HardeningTestsNoticeFailures
    {
        [Fact]
        public async Task EveryHardeningTestFailsWhenTheAnalyzerThrows()
        {
            var tests = typeof(HardeningTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(method => method.GetCustomAttribute<FactAttribute>() != null)
                .ToList();
            Assert.NotEmpty(tests);
            foreach (var test in tests)
            {
                AccessTokenKindAnalyzer.InjectFailure.Value = true;
                try
                {
                    var run = (Task)test.Invoke(new HardeningTests(), null)!;
                    var failure = await Record.ExceptionAsync(() => run);
                    Assert.True(failure is XunitException, test.Name + " did not fail when the analyzer threw (" + (failure?.GetType().Name ?? "no exception") + ")");
                    Assert.Contains("A failure injected by a test.", failure!.Message);
                }
                finally
                {
                    AccessTokenKindAnalyzer.InjectFailure.Value = false;
                }
            }
        }
    }
}
