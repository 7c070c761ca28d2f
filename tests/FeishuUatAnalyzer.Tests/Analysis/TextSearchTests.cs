using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Analysis
{
    public sealed class TextSearchTests
    {
        private const int Chunk = 16 * 1024;

        [Theory]
        [InlineData(0)]
        [InlineData(100)]
        [InlineData(Chunk - 9)]
        [InlineData(Chunk - 5)]
        [InlineData(Chunk - 1)]
        [InlineData(Chunk)]
        [InlineData(2 * Chunk - 12)]
        [InlineData(3 * Chunk + 7)]
        public void FindsTheValueWhereverItStartsAcrossChunks(int at)
        {
            const string value = "open-apis";
            var text = new string('x', at) + value + new string('y', 3 * Chunk);
            Assert.True(TextSearch.Contains(SourceText.From(text), value));
            Assert.True(TextSearch.Contains(SourceText.From(new string('x', at) + value), value));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(8)]
        [InlineData(Chunk - 1)]
        [InlineData(Chunk + 3)]
        [InlineData(4 * Chunk)]
        public void DoesNotFindWhatIsNotThere(int length)
        {
            var text = new string('o', length) + "open-api";
            Assert.False(TextSearch.Contains(SourceText.From(text), "open-apis"));
        }
    }
}
