using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FeishuUatAnalyzer.Cli.Tests.Infrastructure
{
    /// <summary>Reads back a SARIF log fsuat wrote, checking the parts code-scanning upload needs on the way.</summary>
    internal sealed class Sarif
    {
        private Sarif(JsonDocument document) => Document = document;

        public JsonDocument Document { get; }

        public IEnumerable<JsonElement> Runs => Document.RootElement.GetProperty("runs").EnumerateArray();

        public static Sarif Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)));

        /// <summary>"path:line:rule" of every result, the path as the uri relative to the run's SRCROOT.</summary>
        public SortedSet<string> Results(Func<JsonElement, bool>? where = null)
        {
            var results = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var run in Runs)
            {
                foreach (var result in run.GetProperty("results").EnumerateArray().Where(where ?? (_ => true)))
                {
                    var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                    var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                    var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
                    results.Add($"{Uri.UnescapeDataString(uri)}:{line}:{result.GetProperty("ruleId").GetString()}");
                }
            }

            return results;
        }

        public string LevelOf(string ruleId) =>
            Runs.SelectMany(r => r.GetProperty("results").EnumerateArray()).First(r => r.GetProperty("ruleId").GetString() == ruleId).GetProperty("level").GetString()!;
    }
}
