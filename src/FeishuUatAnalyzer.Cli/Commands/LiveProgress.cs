using FeishuUatAnalyzer.Cli.Analysis;
using Spectre.Console;

namespace FeishuUatAnalyzer.Cli.Commands
{
    /// <summary>The live display of a scan on an interactive terminal: targets loaded, projects analysed, time elapsed.</summary>
    internal sealed class LiveProgress : IScanProgress
    {
        private readonly ProgressTask _loading;
        private readonly ProgressTask _analysing;
        private int _projects;

        public LiveProgress(ProgressContext context)
        {
            _loading = context.AddTask("Loading solutions and projects", maxValue: 1);
            _analysing = context.AddTask("Analysing projects", maxValue: 1);
        }

        public static bool IsWanted(IAnsiConsole console) =>
            !System.Console.IsOutputRedirected && console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;

        public void TargetsFound(int targets) => _loading.MaxValue = System.Math.Max(1, targets);

        public void TargetLoaded(string name, int projects)
        {
            lock (this)
            {
                _loading.Description = "Loaded " + Markup.Escape(name);
                _loading.Increment(1);
                _projects += projects;
                _analysing.MaxValue = System.Math.Max(1, _projects);
            }
        }

        public void ProjectAnalysed(string name)
        {
            lock (this)
            {
                _analysing.Description = "Analysed " + Markup.Escape(name);
                _analysing.Increment(1);
            }
        }
    }
}
