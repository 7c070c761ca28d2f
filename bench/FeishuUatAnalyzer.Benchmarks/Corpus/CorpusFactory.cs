using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FeishuUatAnalyzer.Benchmarks.Corpus
{
    internal enum FileKind
    {
        Shared,
        HttpClient,
        RestSharp,
        Refit,
        Dto,
        Feishu,
        Plain,
    }

    internal sealed class GeneratedFile
    {
        public GeneratedFile(string path, string text, FileKind kind)
        {
            Path = path;
            Text = text;
            Kind = kind;
        }

        public string Path { get; }

        public string Text { get; }

        public FileKind Kind { get; }
    }

    /// <summary>How many diagnostics of each rule the generator planted (what a complete analyzer would report).</summary>
    internal sealed class PlantedCounts
    {
        private readonly SortedDictionary<string, int> _counts = new SortedDictionary<string, int>(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, int> Counts => _counts;

        public void Add(string id) => _counts[id] = _counts.TryGetValue(id, out var n) ? n + 1 : 1;

        public override string ToString() => _counts.Count == 0 ? "none" : string.Join(", ", _counts.Select(p => $"{p.Key}={p.Value}"));
    }

    public enum CorpusKind
    {
        /// <summary>Service code with HttpClient/RestSharp/Refit calls; about one file in ten calls Feishu meeting-room APIs.</summary>
        Http,

        /// <summary>Plain business logic, no HTTP at all.</summary>
        NoHttp,
    }

    /// <summary>A generated corpus: parsed syntax trees plus the references to compile them against.</summary>
    internal sealed class GeneratedCorpus
    {
        public GeneratedCorpus(CorpusKind kind, int fileCount, ImmutableArray<SyntaxTree> trees, PlantedCounts planted, int lines, IReadOnlyDictionary<FileKind, int> kinds)
        {
            Kind = kind;
            FileCount = fileCount;
            Trees = trees;
            Planted = planted;
            Lines = lines;
            Kinds = kinds;
        }

        public CorpusKind Kind { get; }

        /// <summary>Generated files, not counting the shared ones.</summary>
        public int FileCount { get; }

        public ImmutableArray<SyntaxTree> Trees { get; }

        public PlantedCounts Planted { get; }

        public int Lines { get; }

        public IReadOnlyDictionary<FileKind, int> Kinds { get; }

        /// <summary>A fresh compilation of the corpus (new symbols, new binding state; parsed trees and metadata are shared).</summary>
        public CSharpCompilation CreateCompilation() => CSharpCompilation.Create(
            $"Corpus.{Kind}.{FileCount}",
            Trees,
            CorpusFactory.References,
            CorpusFactory.CompilationOptions);

        public string Describe() =>
            $"{Kind}: {FileCount} files (+{Trees.Length - FileCount} shared), {Lines:N0} lines; "
            + string.Join(", ", Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}"));
    }

    internal static class CorpusFactory
    {
        public const ulong DefaultSeed = 20240331;

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);

        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: true,
            deterministic: true);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences, LazyThreadSafetyMode.ExecutionAndPublication);
        private static readonly ConcurrentDictionary<(CorpusKind, int, ulong), GeneratedCorpus> Cache = new ConcurrentDictionary<(CorpusKind, int, ulong), GeneratedCorpus>();

        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        /// <summary>Where the framework reference assemblies came from (printed with the results).</summary>
        public static string ReferenceSource { get; private set; } = string.Empty;

        public static GeneratedCorpus Get(CorpusKind kind, int files, ulong seed = DefaultSeed) => Cache.GetOrAdd((kind, files, seed), key => Build(key.Item1, key.Item2, key.Item3));

        public static IEnumerable<GeneratedFile> Files(CorpusKind kind, int files, ulong seed, PlantedCounts planted)
        {
            if (kind == CorpusKind.Http)
            {
                foreach (var shared in HttpCorpusGenerator.SharedFiles())
                {
                    yield return shared;
                }

                for (var i = 0; i < files; i++)
                {
                    yield return HttpCorpusGenerator.Generate(seed, i, planted);
                }
            }
            else
            {
                foreach (var shared in PlainCorpusGenerator.SharedFiles())
                {
                    yield return shared;
                }

                for (var i = 0; i < files; i++)
                {
                    yield return PlainCorpusGenerator.Generate(seed, i);
                }
            }
        }

        private static GeneratedCorpus Build(CorpusKind kind, int files, ulong seed)
        {
            var planted = new PlantedCounts();
            var generated = Files(kind, files, seed, planted).ToList();
            var trees = generated
                .AsParallel().AsOrdered()
                .Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path, System.Text.Encoding.UTF8))
                .ToImmutableArray();
            var lines = generated.Sum(f => f.Text.Count(c => c == '\n'));
            var kinds = generated.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());
            return new GeneratedCorpus(kind, files, trees, planted, lines, kinds);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var framework = FrameworkReferencePaths(out var source);
            ReferenceSource = source;
            var references = framework.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
            references.Add(BuildStandIns(references));
            return references.ToImmutableArray();
        }

        /// <summary>
        /// The net10.0 reference assemblies of the SDK's targeting pack (what a build compiles against); the
        /// running framework's own assemblies when no pack is found.
        /// </summary>
        private static IReadOnlyList<string> FrameworkReferencePaths(out string source)
        {
            foreach (var root in PackRoots())
            {
                var packDir = Path.Combine(root, "Microsoft.NETCore.App.Ref");
                if (!Directory.Exists(packDir))
                {
                    continue;
                }

                var best = Directory.GetDirectories(packDir)
                    .Select(dir => (Dir: dir, Version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : null))
                    .Where(d => d.Version != null && d.Version.Major == Environment.Version.Major && Directory.Exists(Path.Combine(d.Dir, "ref", "net" + Environment.Version.Major + ".0")))
                    .OrderByDescending(d => d.Version)
                    .Select(d => Path.Combine(d.Dir, "ref", "net" + Environment.Version.Major + ".0"))
                    .FirstOrDefault();
                if (best != null)
                {
                    source = best;
                    return Directory.GetFiles(best, "*.dll");
                }
            }

            var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
                .ToList();
            source = "runtime assemblies (TRUSTED_PLATFORM_ASSEMBLIES): no Microsoft.NETCore.App.Ref pack found";
            return tpa;
        }

        private static IEnumerable<string> PackRoots()
        {
            var baked = typeof(CorpusFactory).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "NetCoreTargetingPackRoot")?.Value;
            if (!string.IsNullOrEmpty(baked))
            {
                yield return baked!;
            }

            var dotnetRoot = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(dotnetRoot))
            {
                yield return Path.Combine(dotnetRoot!, "packs");
            }

            // <dotnet>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet>/packs
            var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
            if (runtimeDir != null)
            {
                yield return Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "packs"));
            }
        }

        /// <summary>Compiles the RestSharp/Refit stand-ins into an in-memory assembly the corpus sees as metadata.</summary>
        private static MetadataReference BuildStandIns(IReadOnlyList<MetadataReference> framework)
        {
            var tree = CSharpSyntaxTree.ParseText(LibraryStandIns.Source, ParseOptions, LibraryStandIns.FileName);
            var compilation = CSharpCompilation.Create(
                "LibraryStandIns",
                new[] { tree },
                framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException("The RestSharp/Refit stand-ins do not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(stream.ToArray(), filePath: "LibraryStandIns.dll");
        }
    }
}
