using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>
    /// The inventory table of docs/how-it-works.md stays derived from the assemblies (every member the filters pick is a
    /// row, every row a member they pick), and each row says the truth: a read row's snippet gives its diagnostic, a row not
    /// read gives none (and goes red when someone starts reading the member without updating the table).
    /// </summary>
    public sealed class InventoryTests
    {
        private static readonly Dictionary<string, string> ChineseRoles = new Dictionary<string, string>
        {
            [InventoryFilters.Send] = "发送",
            [InventoryFilters.Url] = "URL",
            [InventoryFilters.Verb] = "方法",
            [InventoryFilters.UrlAndVerb] = "URL、方法",
            [InventoryFilters.Header] = "请求头",
            [InventoryFilters.DefaultHeader] = "默认请求头",
            [InventoryFilters.Authenticator] = "认证器",
            [InventoryFilters.Handler] = "处理程序",
        };

        public static IEnumerable<object[]> Rows => InventoryTable.English.Rows.Select(row => new object[] { row.Member.Key });

        [Fact]
        public async Task TableListsExactlyTheMembersTheAssembliesHold()
        {
            var enumerated = (await MemberInventory.RowsAsync()).Select(Describe).ToList();
            var listed = InventoryTable.English.Rows.Select(row => Describe(row.Member)).ToList();
            Assert.True(listed.Distinct().Count() == listed.Count, "rows listed twice:\n" + string.Join("\n", listed.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key)));
            var missing = enumerated.Except(listed).ToList();
            var gone = listed.Except(enumerated).ToList();
            Assert.True(
                missing.Count == 0 && gone.Count == 0,
                "the inventory table of docs/how-it-works.md differs from the assemblies.\nMissing (library | type | member | role):\n"
                + string.Join("\n", missing) + "\nListed but not in the assemblies (or in another role):\n" + string.Join("\n", gone));
        }

        [Fact]
        public void ChineseTableHasTheSameRowsRolesAndStatuses()
        {
            var english = InventoryTable.English.Rows.Select(row => $"{row.Member.Library} | {row.Member.Key} | {ChineseRoles[row.Member.Role]} | {row.Read}");
            var chinese = InventoryTable.Chinese.Rows.Select(row => $"{row.Member.Library} | {row.Member.Key} | {row.Member.Role} | {row.Read}");
            Assert.Equal(english, chinese);
        }

        [Fact]
        public void EveryRowNotReadSaysWhy()
        {
            var silent = InventoryTable.English.Rows.Concat(InventoryTable.Chinese.Rows).Where(row => !row.Read && row.Note.Length == 0).Select(row => row.Member.Key).ToList();
            Assert.True(silent.Count == 0, "rows marked 'not read' without a reason:\n" + string.Join("\n", silent));
        }

        [Fact]
        public void EverySnippetBelongsToARow()
        {
            var keys = InventoryTable.English.Rows.Select(row => row.Member.Key).ToHashSet();
            var orphans = InventorySnippets.ByRow.Keys.Where(key => !keys.Contains(key)).ToList();
            Assert.True(orphans.Count == 0, "snippets for rows the table does not list:\n" + string.Join("\n", orphans));
        }

        [Theory]
        [MemberData(nameof(Rows))]
        public async Task RowIsReadAsTheTableSays(string key)
        {
            var row = InventoryTable.English.Rows.Single(r => r.Member.Key == key);
            Assert.True(InventorySnippets.ByRow.TryGetValue(key, out var snippet), $"no snippet for the row {key}: add one to InventorySnippets");
            var outcome = (await SnippetRun.OutcomesAsync())[key];

            Assert.True(outcome.Errors.IsEmpty, "the snippet does not compile against the real assembly:\n" + string.Join("\n", outcome.Errors));
            Assert.True(outcome.UsesMember, $"the snippet does not use {key}");
            if (!row.Read)
            {
                Assert.True(outcome.Diagnostics.IsEmpty, $"{key} is marked 'not read' but its snippet gives {string.Join(", ", outcome.Diagnostics)}: update the table");
            }
            else if (snippet!.Expected == InventorySnippets.RecognizedAsSend)
            {
                Assert.True(outcome.Diagnostics.IsEmpty, string.Join(", ", outcome.Diagnostics));
                Assert.True(outcome.RecognizedAsSend, $"{key} is marked 'read' but the analyzer does not treat its call as a send");
            }
            else
            {
                Assert.Equal(new[] { snippet.Expected }, outcome.Diagnostics);
            }
        }

        private static string Describe(InventoryMember member) => $"{member.Library} | {member.Type} | {member.Member} | {member.Role}";
    }
}
