using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Sites
{
    /// <summary>
    /// A Refit client compiled into another assembly, called from a project whose own source never writes
    /// "open-apis": the analyzer is not switched off by its start-up check and reports the call.
    /// </summary>
    public sealed class ReferencedClientTests
    {
        private const string Client = """
            using System.Threading.Tasks;
            using Refit;

            namespace Feishu.Clients
            {
                public interface IRoomsApi
                {
                    [Get("/open-apis/vc/v1/rooms/{roomId}")]
                    Task<string> GetRoom(string roomId, [Authorize("Bearer")] string accessToken);
                }
            }
            """;

        private const string Consumer = """
            using System.Threading.Tasks;
            using Feishu.Clients;

            public sealed class RoomPage
            {
                private readonly IRoomsApi _rooms;

                public RoomPage(IRoomsApi rooms) => _rooms = rooms;

                public Task<string> ShowAsync(string roomId, string userAccessToken) => _rooms.GetRoom(roomId, userAccessToken);
            }
            """;

        [Fact]
        public async Task RefitInterfaceInAReferencedAssemblyIsReported()
        {
            // Refit alone (the shared stand-in assembly also holds FeishuNetSdk, which would switch the analyzer on by itself).
            var framework = await TestLibraries.FrameworkAsync();
            var refitSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stubs", "Refit.cs"));
            var refit = CSharpCompilation.Create("Refit", new[] { CSharpSyntaxTree.ParseText(refitSource) }, framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var refitImage = new MemoryStream();
            Assert.True(refit.Emit(refitImage).Success);
            var references = framework.Add(MetadataReference.CreateFromImage(refitImage.ToArray()));
            var client = CSharpCompilation.Create("Feishu.Clients", new[] { CSharpSyntaxTree.ParseText(Client) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            Assert.True(client.Emit(image).Success);

            Assert.DoesNotContain("open-apis", Consumer, StringComparison.Ordinal);
            var consumer = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(Consumer, path: "/0/RoomPage.cs") },
                references.Add(MetadataReference.CreateFromImage(image.ToArray())),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(consumer.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var diagnostics = await consumer.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("FSUAT001", diagnostic.Id);
            Assert.Equal("GetRoom", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        }
    }
}
