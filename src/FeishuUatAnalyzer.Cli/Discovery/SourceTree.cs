using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FeishuUatAnalyzer.Cli.Discovery
{
    /// <summary>Walks a folder the way a scan should: build output, package folders and hidden folders are not sources.</summary>
    internal static class SourceTree
    {
        private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", "packages" };

        public static IEnumerable<string> Files(string root, Func<string, bool> wanted, Func<string, bool>? descendInto = null)
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var folder = pending.Pop();
                string[] files, folders;
                try
                {
                    files = Directory.GetFiles(folder);
                    folders = Directory.GetDirectories(folder);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    continue; // an unreadable folder holds nothing to scan; the others still count
                }

                foreach (var file in files.Where(wanted).OrderBy(f => f, StringComparer.Ordinal))
                {
                    yield return file;
                }

                foreach (var child in folders.OrderByDescending(f => f, StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(child);
                    if (!name.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(name) && (descendInto?.Invoke(child) ?? true))
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        public static bool IsSolution(string path) =>
            path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

        public static bool IsProject(string path) => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);

        public static bool IsCSharp(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);
    }
}
