using System;
using System.Collections.Generic;

namespace FeishuUatAnalyzer.Cli.Model
{
    /// <summary>Repository, path, line, column, rule, message: the same input always gives the same report.</summary>
    internal sealed class FindingOrder : IComparer<Finding>
    {
        public static readonly FindingOrder Instance = new();

        public int Compare(Finding? x, Finding? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var order = string.CompareOrdinal(x.Repository, y.Repository);
            order = order != 0 ? order : string.CompareOrdinal(x.RelativePath, y.RelativePath);
            order = order != 0 ? order : x.Line.CompareTo(y.Line);
            order = order != 0 ? order : x.Column.CompareTo(y.Column);
            order = order != 0 ? order : string.CompareOrdinal(x.RuleId, y.RuleId);
            order = order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
            return order != 0 ? order : string.CompareOrdinal(x.Project, y.Project);
        }
    }
}
