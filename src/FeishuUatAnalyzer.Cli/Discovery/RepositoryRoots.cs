using System.IO;

namespace FeishuUatAnalyzer.Cli.Discovery
{
    /// <summary>A repository is the nearest folder with a .git (folder or worktree file) above a path, else the folder scanned.</summary>
    internal static class RepositoryRoots
    {
        public static string Of(string path, string fallback)
        {
            for (var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path); folder != null; folder = Path.GetDirectoryName(folder))
            {
                var git = Path.Combine(folder, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return folder;
                }
            }

            return fallback;
        }

        public static string Name(string root) => Path.GetFileName(Path.TrimEndingDirectorySeparator(root)) is { Length: > 0 } name ? name : root;
    }
}
