using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FeishuUatAnalyzer.Tests.Infrastructure
{
    /// <summary>
    /// The real packages (RestSharp, Flurl, Flurl.Http, Refit) as the restore left them in the NuGet global packages
    /// folder (the test project's PackageDownload items), with .NET 8's reference assemblies. WebApiClientCore and
    /// FeishuNetSdk are not served by the registry: their stand-ins from Stubs/ (and only those, with the DI stand-ins
    /// WebApiClientCore's registrations extend) take their place.
    /// </summary>
    internal static class RealLibraries
    {
        /// <summary>Package id, version, the assembly's path inside the package.</summary>
        public static readonly ImmutableArray<(string Id, string Version, string Assembly)> Packages = ImmutableArray.Create(
            ("restsharp", "114.1.0", "lib/net8.0/RestSharp.dll"),
            ("flurl", "4.0.0", "lib/netstandard2.0/Flurl.dll"),
            ("flurl.http", "4.0.2", "lib/net6.0/Flurl.Http.dll"),
            ("refit", "16.4.0", "lib/net8.0/Refit.dll"));

        /// <summary>The stand-ins used where no real package is at hand.</summary>
        public static readonly ImmutableArray<string> StandInFiles = ImmutableArray.Create("WebApiClientCore.cs", "FeishuNetSdk.cs", "AspNetAndConfiguration.cs");

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References = new Lazy<Task<ImmutableArray<MetadataReference>>>(BuildAsync);

        /// <summary>.NET 8, the real packages and the two stand-ins: built once, shared by every inventory test.</summary>
        public static Task<ImmutableArray<MetadataReference>> ReferencesAsync() => References.Value;

        /// <summary>The NuGet global packages folder: NUGET_PACKAGES when set, else ~/.nuget/packages.</summary>
        public static string GlobalPackagesFolder
        {
            get
            {
                var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
                return !string.IsNullOrWhiteSpace(configured)
                    ? configured!
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }
        }

        public static string PathOf(string id, string version, string assembly)
        {
            var path = Path.Combine(GlobalPackagesFolder, id, version, assembly);
            return File.Exists(path) ? path : throw new FileNotFoundException($"{id} {version} is not in the NuGet global packages folder; restore the test project first.", path);
        }

        private static async Task<ImmutableArray<MetadataReference>> BuildAsync()
        {
            var framework = await TestLibraries.FrameworkAsync();
            var packages = Packages.Select(p => (MetadataReference)MetadataReference.CreateFromFile(PathOf(p.Id, p.Version, p.Assembly)));
            return framework.AddRange(packages).Add(StandIns(framework));
        }

        private static MetadataReference StandIns(ImmutableArray<MetadataReference> framework)
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "Stubs");
            var trees = StandInFiles.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(directory, file)), new CSharpParseOptions(LanguageVersion.Latest), file));
            return TestLibraries.Emit("StandIns", trees, framework);
        }
    }
}
