using System;
using System.IO;

namespace FeishuUatAnalyzer.Tests.Infrastructure
{
    internal static class RepositoryPaths
    {
        /// <summary>The repository root: the folder above the test binaries that holds FeishuUatAnalyzer.sln.</summary>
        public static string Root
        {
            get
            {
                var directory = new DirectoryInfo(AppContext.BaseDirectory);
                while (directory != null && !File.Exists(Path.Combine(directory.FullName, "FeishuUatAnalyzer.sln")))
                {
                    directory = directory.Parent;
                }

                return directory?.FullName ?? throw new InvalidOperationException("FeishuUatAnalyzer.sln not found above " + AppContext.BaseDirectory);
            }
        }
    }
}
