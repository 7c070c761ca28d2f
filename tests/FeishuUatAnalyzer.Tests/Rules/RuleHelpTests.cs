using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using FeishuUatAnalyzer.Rules;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Rules
{
    public sealed class RuleHelpTests
    {
        [Fact]
        public void EveryRuleHelpLinkPointsAtItsPageAndThePageExists()
        {
            foreach (var descriptor in new AccessTokenKindAnalyzer().SupportedDiagnostics)
            {
                Assert.Equal(Descriptors.HelpBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
                var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", descriptor.Id + ".md");
                Assert.True(File.Exists(page), "missing " + page);
                var text = File.ReadAllText(page);
                Assert.Contains(descriptor.Id, text);
                Assert.True(text.Any(c => c >= 0x4e00 && c <= 0x9fff), descriptor.Id + ".md has no Chinese section");
            }
        }

        [Fact]
        public void EveryEnglishStringHasAChineseTranslation()
        {
            var manager = FeishuUatAnalyzer.Resources.Manager;
            var english = manager.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
            var chinese = manager.GetResourceSet(new CultureInfo("zh-Hans"), true, false);
            Assert.NotNull(chinese);
            foreach (System.Collections.DictionaryEntry entry in english)
            {
                var translated = chinese!.GetString((string)entry.Key);
                Assert.False(string.IsNullOrEmpty(translated), "no zh-Hans for " + entry.Key);
                Assert.NotEqual(entry.Value, translated);
            }
        }

        [Fact]
        public void DefaultSeveritiesAreAsDocumented()
        {
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, Descriptors.UserTokenOnTenantOnlyMeetingRoom.DefaultSeverity);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Descriptors.UnknownTokenOnTenantOnlyMeetingRoom.DefaultSeverity);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Descriptors.TenantTokenOnRoomSearch.DefaultSeverity);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Descriptors.UserTokenOnTenantOnlyEndpoint.DefaultSeverity);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Descriptors.TenantTokenOnUserOnlyEndpoint.DefaultSeverity);
        }
    }
}
