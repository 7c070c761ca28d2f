using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FeishuUatAnalyzer.Tests.Infrastructure;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>A row of the inventory table in docs/how-it-works.md: the member, whether the analyzer reads it, and why not.</summary>
    public sealed record TableRow(InventoryMember Member, bool Read, string Note);

    /// <summary>The inventory tables of docs/how-it-works.md, English ("### Inventory") and Chinese ("### 清单").</summary>
    internal sealed class InventoryTable
    {
        public static readonly InventoryTable English = Parse("## English", "### Inventory", "read", "not read");
        public static readonly InventoryTable Chinese = Parse("## 中文", "### 清单", "已读取", "未读取");

        private InventoryTable(IReadOnlyList<TableRow> rows) => Rows = rows;

        public IReadOnlyList<TableRow> Rows { get; }

        public static string DocumentPath => Path.Combine(RepositoryPaths.Root, "docs", "how-it-works.md");

        private static InventoryTable Parse(string language, string heading, string read, string notRead)
        {
            var lines = File.ReadAllLines(DocumentPath);
            var start = Array.IndexOf(lines, language);
            var section = start < 0 ? -1 : Array.IndexOf(lines, heading, start);
            if (section < 0)
            {
                throw new InvalidOperationException($"{DocumentPath} has no '{heading}' under '{language}'");
            }

            var rows = new List<TableRow>();
            var table = lines.Skip(section + 1).SkipWhile(line => !line.StartsWith("|", StringComparison.Ordinal)).TakeWhile(line => line.StartsWith("|", StringComparison.Ordinal)).Skip(2);
            foreach (var line in table)
            {
                // | Library | Type | Member | Role | Status | Note |
                var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length != 6)
                {
                    throw new InvalidOperationException($"{heading}: a row needs 6 cells: {line}");
                }

                var status = cells[4];
                if (status != read && status != notRead)
                {
                    throw new InvalidOperationException($"{heading}: the status must be '{read}' or '{notRead}': {line}");
                }

                rows.Add(new TableRow(new InventoryMember(cells[0], Code(cells[1]), Code(cells[2]), cells[3]), status == read, cells[5]));
            }

            return new InventoryTable(rows);
        }

        private static string Code(string cell) => cell.Trim('`');
    }
}
