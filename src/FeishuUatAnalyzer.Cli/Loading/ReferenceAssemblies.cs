using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Cli.Loading
{
    /// <summary>
    /// The .NET reference assemblies that loose sources compile against: the newest Microsoft.NETCore.App.Ref pack of
    /// the .NET install that runs the tool, else the runtime's own assemblies.
    /// </summary>
    internal static class ReferenceAssemblies
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> Lazy = new(Load);

        public static IReadOnlyList<MetadataReference> NetCore => Lazy.Value;

        private static IReadOnlyList<MetadataReference> Load()
        {
            var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var files = FromReferencePack(runtimeFolder) ?? Directory.GetFiles(runtimeFolder, "*.dll");
            var references = new List<MetadataReference>();
            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (IsManagedAssembly(file))
                {
                    references.Add(MetadataReference.CreateFromFile(file));
                }
            }

            return references;
        }

        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<newest>/ref/net<x>/
        private static string[]? FromReferencePack(string runtimeFolder)
        {
            var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
            var pack = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            if (!Directory.Exists(pack))
            {
                return null;
            }

            var newest = Directory.GetDirectories(pack)
                .Select(d => (Folder: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
                .Where(d => d.Version != null)
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Folder, "ref"))
                .FirstOrDefault(Directory.Exists);
            var tfm = newest == null ? null : Directory.GetDirectories(newest).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault();
            return tfm == null ? null : Directory.GetFiles(tfm, "*.dll");
        }

        private static bool IsManagedAssembly(string file)
        {
            try
            {
                using var stream = File.OpenRead(file);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                return reader.HasMetadata;
            }
            catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
