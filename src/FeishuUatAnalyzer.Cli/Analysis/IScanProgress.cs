namespace FeishuUatAnalyzer.Cli.Analysis
{
    /// <summary>What a long scan tells whoever watches it; the live display implements it, scripts get nothing.</summary>
    internal interface IScanProgress
    {
        void TargetsFound(int targets);

        void TargetLoaded(string name, int projects);

        void ProjectAnalysed(string name);
    }

    internal sealed class SilentProgress : IScanProgress
    {
        public static readonly SilentProgress Instance = new();

        public void TargetsFound(int targets)
        {
        }

        public void TargetLoaded(string name, int projects)
        {
        }

        public void ProjectAnalysed(string name)
        {
        }
    }
}
