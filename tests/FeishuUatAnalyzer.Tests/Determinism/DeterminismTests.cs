using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FeishuUatAnalyzer.Tests.Determinism
{
    /// <summary>
    /// The same sources give the same diagnostics whatever the order of their members and files, with concurrent
    /// execution on: each run is a fresh compilation of one permutation, and the diagnostics are compared by what they
    /// say and where (member and call), not by offset.
    /// </summary>
    public sealed class DeterminismTests
    {
        private static readonly string[] Usings =
        {
            "using System.Net.Http;", "using System.Net.Http.Headers;", "using System.Threading.Tasks;",
        };

        /// <summary>Helpers that call each other and pass the token on; callers that give user, tenant and unknown tokens.</summary>
        private static readonly string[] RoomMembers =
        {
            "private readonly HttpClient _http = new HttpClient();",
            "public Task<HttpResponseMessage> SendA(string path, string token, int depth) => depth > 0 ? SendB(path, token, depth - 1) : Send(path, token);",
            "public Task<HttpResponseMessage> SendB(string path, string token, int depth) => depth > 0 ? SendA(path, token, depth - 1) : Send(path, token);",
            "public Task<HttpResponseMessage> Send(string path, string token) { var request = new HttpRequestMessage(HttpMethod.Get, \"https://open.feishu.cn\" + path); request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token); return _http.SendAsync(request); }",
            "public Task<HttpResponseMessage> Relay(string path, string token) => Forward(path, token);",
            "public Task<HttpResponseMessage> Forward(string path, string token) => path.Length > 100 ? Relay(path, token) : Send(path, token);",
            "public Task ListAsync(string userAccessToken) => SendA(\"/open-apis/vc/v1/rooms\", userAccessToken, 3);",
            "public Task LevelsAsync(string tenantAccessToken) => SendB(\"/open-apis/vc/v1/room_levels\", tenantAccessToken, 2);",
            "public Task ScopeAsync(string credential) => SendA(\"/open-apis/vc/v1/scope_config\", credential, 1);",
            "public Task RelayAsync(string userAccessToken) => Relay(\"/open-apis/vc/v1/rooms/omm_1\", userAccessToken);",
            "public Task ForwardAsync(string userToken) => Forward(\"/open-apis/vc/v1/reserve_configs/reserve_scope\", userToken);",
            // Two token sources that call each other: each may return either kind.
            "private string TokenA(int n) => n > 0 ? TokenB(n - 1) : \"u-abc\";",
            "private string TokenB(int n) => n > 0 ? TokenA(n - 1) : \"t-abc\";",
            "public Task<HttpResponseMessage> UseA() { var request = new HttpRequestMessage(HttpMethod.Get, \"https://open.feishu.cn/open-apis/vc/v1/rooms\"); request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", TokenA(2)); return _http.SendAsync(request); }",
            "public Task<HttpResponseMessage> UseB() { var request = new HttpRequestMessage(HttpMethod.Get, \"https://open.feishu.cn/open-apis/vc/v1/room_levels\"); request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", TokenB(2)); return _http.SendAsync(request); }",
        };

        private static readonly string[] CallerMembers =
        {
            "private readonly Rooms _rooms = new Rooms();",
            "public Task A(string userAccessToken) => _rooms.SendB(\"/open-apis/vc/v1/rooms/omm_2\", userAccessToken, 5);",
            "public Task B(string value) => _rooms.Relay(\"/open-apis/vc/v1/room_levels/omb_1\", value);",
            "public Task C(string uat) => _rooms.Forward(\"/open-apis/vc/v1/rooms\", uat);",
        };

        [Fact]
        public async Task PermutedMembersAndFilesGiveTheSameDiagnostics()
        {
            var random = new Random(20261129);
            var baseline = await RunAsync(RoomMembers, CallerMembers, callersFirst: false);
            Assert.NotEmpty(baseline);
            var seen = new List<string> { string.Join("\n", baseline) };
            for (var run = 0; run < 24; run++)
            {
                var rooms = RoomMembers.OrderBy(_ => random.Next()).ToArray();
                var callers = CallerMembers.OrderBy(_ => random.Next()).ToArray();
                var result = await RunAsync(rooms, callers, callersFirst: run % 2 == 0);
                Assert.True(baseline.SequenceEqual(result), "run " + run + " differs:\n" + string.Join("\n", result) + "\n--- baseline:\n" + string.Join("\n", baseline));
            }
        }

        private static async Task<string[]> RunAsync(string[] roomMembers, string[] callerMembers, bool callersFirst)
        {
            var rooms = string.Join("\n", Usings) + "\npublic sealed class Rooms\n{\n" + string.Join("\n", roomMembers) + "\n}\n";
            var callers = string.Join("\n", Usings) + "\npublic sealed class Callers\n{\n" + string.Join("\n", callerMembers) + "\n}\n";
            var files = callersFirst ? new[] { ("Callers.cs", callers), ("Rooms.cs", rooms) } : new[] { ("Rooms.cs", rooms), ("Callers.cs", callers) };
            return await DescribeConcurrentRunAsync(files.Select(file => ("/0/" + file.Item1, file.Item2)).ToArray());
        }

        /// <summary>The sources compiled in the order given and analyzed with concurrent execution on: the diagnostics described, sorted.</summary>
        internal static async Task<string[]> DescribeConcurrentRunAsync((string Path, string Text)[] files)
        {
            var compilation = await TestLibraries.CompileAsync("Determinism", files);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AccessTokenKindAnalyzer());
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(CancellationToken.None);
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("FSUAT", StringComparison.Ordinal));
            return diagnostics
                .Where(d => d.Id.StartsWith("FSUAT", StringComparison.Ordinal) || d.Id == "AD0001")
                .Select(Describe)
                .OrderBy(text => text, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>A diagnostic by what it says and where: its id, message, member and the call it is on.</summary>
        private static string Describe(Diagnostic diagnostic)
        {
            var node = diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan);
            var member = node?.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            var memberName = member switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText,
                _ => member?.Kind().ToString() ?? "?",
            };
            var call = node?.FirstAncestorOrSelf<InvocationExpressionSyntax>()?.ToString() ?? node?.ToString();
            diagnostic.Properties.TryGetValue("TokenShape", out var shape);
            return diagnostic.Id + " " + memberName + " " + call + " " + shape + " :: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
