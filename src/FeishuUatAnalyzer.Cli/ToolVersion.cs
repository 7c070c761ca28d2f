using System.Reflection;

namespace FeishuUatAnalyzer.Cli
{
    internal static class ToolVersion
    {
        /// <summary>The informational version without the source-link commit suffix (deterministic across checkouts of one build).</summary>
        public static string Current { get; } =
            (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
    }
}
