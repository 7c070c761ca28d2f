using System.Runtime.CompilerServices;

namespace FeishuUatAnalyzer.Cli
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            // Before any MSBuild type is loaded; so nothing that touches MSBuild lives in this method's body.
            Microsoft.Build.Locator.MSBuildLocator.RegisterDefaults();
            return Run(args);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Run(string[] args) => CliApp.Run(args);
    }
}
