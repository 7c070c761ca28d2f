using Microsoft.CodeAnalysis.Text;

namespace FeishuUatAnalyzer.Analysis
{
    /// <summary>An ordinal search in source text without making a string of it: the cheap test before a tree is parsed or bound.</summary>
    internal static class TextSearch
    {
        public static bool Contains(SourceText text, string value)
        {
            if (value.Length == 0)
            {
                return true;
            }

            var first = value[0];
            var length = text.Length - value.Length;
            for (var i = 0; i <= length; i++)
            {
                if (text[i] != first)
                {
                    continue;
                }

                var j = 1;
                while (j < value.Length && text[i + j] == value[j])
                {
                    j++;
                }

                if (j == value.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
