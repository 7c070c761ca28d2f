using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FeishuUatAnalyzer.Benchmarks.Analyzers
{
    /// <summary>
    /// Microsoft.CodeAnalysis.BannedApiAnalyzers (an analyzer-only package) loaded at run time from the package
    /// folder, with a BannedSymbols.txt that bans the ~20 HttpClient / RestSharp send methods the corpus uses:
    /// the cheapest "find the calls that send a request" analyzer there is, so a fair ceiling for ours.
    /// </summary>
    internal static class BannedApi
    {
        public const string PackageVersion = "5.6.0";

        /// <summary>Documentation ids (the format BannedSymbols.txt takes), each with the message RS0030 shows.</summary>
        public static readonly string[] BannedSymbols =
        {
            "M:System.Net.Http.HttpClient.SendAsync(System.Net.Http.HttpRequestMessage)",
            "M:System.Net.Http.HttpClient.SendAsync(System.Net.Http.HttpRequestMessage,System.Threading.CancellationToken)",
            "M:System.Net.Http.HttpClient.SendAsync(System.Net.Http.HttpRequestMessage,System.Net.Http.HttpCompletionOption)",
            "M:System.Net.Http.HttpClient.SendAsync(System.Net.Http.HttpRequestMessage,System.Net.Http.HttpCompletionOption,System.Threading.CancellationToken)",
            "M:System.Net.Http.HttpClient.Send(System.Net.Http.HttpRequestMessage)",
            "M:System.Net.Http.HttpClient.GetAsync(System.String)",
            "M:System.Net.Http.HttpClient.GetAsync(System.String,System.Threading.CancellationToken)",
            "M:System.Net.Http.HttpClient.GetStringAsync(System.String)",
            "M:System.Net.Http.HttpClient.GetStringAsync(System.String,System.Threading.CancellationToken)",
            "M:System.Net.Http.HttpClient.PostAsync(System.String,System.Net.Http.HttpContent)",
            "M:System.Net.Http.HttpClient.PutAsync(System.String,System.Net.Http.HttpContent)",
            "M:System.Net.Http.HttpClient.DeleteAsync(System.String)",
            "M:System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync``1(System.Net.Http.HttpClient,System.String,System.Text.Json.JsonSerializerOptions,System.Threading.CancellationToken)",
            "M:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync``1(System.Net.Http.HttpClient,System.String,``0,System.Text.Json.JsonSerializerOptions,System.Threading.CancellationToken)",
            "M:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync``1(System.Net.Http.HttpClient,System.String,``0,System.Threading.CancellationToken)",
            "M:RestSharp.RestClient.ExecuteAsync(RestSharp.RestRequest,System.Threading.CancellationToken)",
            "M:RestSharp.RestClientExtensions.Execute(RestSharp.IRestClient,RestSharp.RestRequest)",
            "M:RestSharp.RestClientExtensions.Execute``1(RestSharp.IRestClient,RestSharp.RestRequest)",
            "M:RestSharp.RestClientExtensions.ExecuteAsync``1(RestSharp.IRestClient,RestSharp.RestRequest,System.Threading.CancellationToken)",
            "M:RestSharp.RestClientExtensions.ExecuteGetAsync``1(RestSharp.IRestClient,RestSharp.RestRequest,System.Threading.CancellationToken)",
            "M:RestSharp.RestClientExtensions.ExecutePostAsync(RestSharp.IRestClient,RestSharp.RestRequest,System.Threading.CancellationToken)",
        };

        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(Load);

        public static string BannedSymbolsText => string.Join("\n", BannedSymbols.Select(id => id + ";Send requests through the team's API gateway")) + "\n";

        public static AdditionalText BannedSymbolsFile { get; } = new InMemoryAdditionalText("/bench/BannedSymbols.txt", BannedSymbolsText);

        /// <summary>The C# analyzers of the package (one: SymbolIsBannedAnalyzer).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

        public static string Directory { get; private set; } = string.Empty;

        public static string Describe()
        {
            var analyzers = Analyzers;
            var assembly = analyzers[0].GetType().Assembly;
            var roslyn = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis");
            return $"{string.Join(", ", analyzers.Select(a => a.GetType().Name))} from {Directory} (built against Microsoft.CodeAnalysis {roslyn?.Version})";
        }

        private static ImmutableArray<DiagnosticAnalyzer> Load()
        {
            Directory = FindAnalyzerDirectory();
            var loader = new Loader();
            foreach (var dll in System.IO.Directory.GetFiles(Directory, "*.dll"))
            {
                loader.AddDependencyLocation(dll);
            }

            var reference = new AnalyzerFileReference(Path.Combine(Directory, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll"), loader);
            var errors = new List<string>();
            reference.AnalyzerLoadFailed += (_, e) => errors.Add(e.Message + (e.Exception is null ? string.Empty : ": " + e.Exception.Message));
            var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
            if (analyzers.IsEmpty)
            {
                throw new InvalidOperationException($"No C# analyzer in {reference.FullPath}: {string.Join("; ", errors)}");
            }

            return analyzers;
        }

        /// <summary>The package's analyzers/dotnet/cs folder: the path baked in at build time, else the NuGet global packages folder.</summary>
        private static string FindAnalyzerDirectory()
        {
            var candidates = new List<string>();
            var baked = typeof(BannedApi).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "BannedApiAnalyzersPackageDir")?.Value;
            if (!string.IsNullOrEmpty(baked))
            {
                candidates.Add(baked!);
            }

            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(packages))
            {
                packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }

            candidates.Add(Path.Combine(packages!, "microsoft.codeanalysis.bannedapianalyzers", PackageVersion));
            foreach (var candidate in candidates)
            {
                var dir = Path.Combine(candidate, "analyzers", "dotnet", "cs");
                if (File.Exists(Path.Combine(dir, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll")))
                {
                    return dir;
                }
            }

            throw new FileNotFoundException("Microsoft.CodeAnalysis.BannedApiAnalyzers " + PackageVersion + " not found (restore the benchmark project first); looked in: " + string.Join(", ", candidates));
        }

        /// <summary>Loads analyzer assemblies into the default context; the C# DLL's dependency on the common DLL resolves from the same folder.</summary>
        private sealed class Loader : IAnalyzerAssemblyLoader
        {
            private readonly ConcurrentDictionary<string, string> _byName = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            public Loader()
            {
                AssemblyLoadContext.Default.Resolving += (context, name) =>
                    name.Name != null && _byName.TryGetValue(name.Name, out var path) ? context.LoadFromAssemblyPath(path) : null;
            }

            public void AddDependencyLocation(string fullPath) => _byName[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

            public Assembly LoadFromPath(string fullPath)
            {
                AddDependencyLocation(fullPath);
                return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
            }
        }
    }
}
