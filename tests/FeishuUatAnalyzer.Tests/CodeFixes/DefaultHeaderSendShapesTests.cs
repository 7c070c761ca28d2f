using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// A client whose default Authorization header carries a user token, sent through every HttpClient and
    /// System.Net.Http.Json send method: each call gets a per-request tenant header through the provider, with its
    /// arguments (named, HttpCompletionOption, JsonSerializerOptions, CancellationToken) carried over.
    /// </summary>
    public sealed class DefaultHeaderSendShapesTests
    {
        private const string Source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Consumer.Rooms;

            public sealed record Room(string RoomId, string Name);

            public sealed class RoomApi
            {
                private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                private readonly HttpClient _client;

                public RoomApi(string userAccessToken)
                {
                    _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
                    _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
                }

                public Task<Room?> GetAsync(string roomId, CancellationToken cancellationToken) =>
                    _client.GetFromJsonAsync<Room>($"open-apis/vc/v1/rooms/{roomId}", cancellationToken);

                public Task<Room?> GetWithOptionsAsync(string roomId) =>
                    _client.GetFromJsonAsync<Room>($"open-apis/vc/v1/rooms/{roomId}", Json);

                public Task<HttpResponseMessage> CreateAsync(Room room) =>
                    _client.PostAsJsonAsync("open-apis/vc/v1/rooms", room);

                public async Task<bool> RenameAsync(string roomId, string name, CancellationToken cancellationToken)
                {
                    var response = await _client.PatchAsJsonAsync($"open-apis/vc/v1/rooms/{roomId}", new { name }, Json, cancellationToken).ConfigureAwait(false);
                    return response.IsSuccessStatusCode;
                }

                public Task<HttpResponseMessage> ListStreamingAsync() =>
                    _client.GetAsync("open-apis/vc/v1/rooms", HttpCompletionOption.ResponseHeadersRead);

                public Task<HttpResponseMessage> DeleteAsync(string roomId, CancellationToken token) =>
                    _client.DeleteAsync(cancellationToken: token, requestUri: $"open-apis/vc/v1/rooms/{roomId}");

                public Task<HttpResponseMessage> LevelsAsync(HttpContent body) =>
                    _client.PostAsync(content: body, requestUri: "open-apis/vc/v1/room_levels");

                public Task<System.IO.Stream> StreamAsync() => _client.GetStreamAsync("open-apis/vc/v1/rooms");

                public Task<byte[]> BytesAsync() => _client.GetByteArrayAsync("open-apis/vc/v1/room_levels");
            }
            """;

        [Theory]
        [InlineData(WorkspaceKind.MSBuild)]
        [InlineData(WorkspaceKind.Host)]
        public async Task EverySendShapeIsFixedAndTheProjectCompiles(string workspaceKind)
        {
            var runner = WorkspaceFixRunner.Create(workspaceKind, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("RoomApi.cs", Source) });
            var before = await runner.AnalyzeAsync();
            Assert.Equal(9, before.Count(d => d.Id == "FSUAT001"));

            Assert.True(await runner.FixAllAsync());

            await FixUnderDotnetFormatTests.AssertCleanAsync(runner, documents: workspaceKind == WorkspaceKind.MSBuild ? 1 : 2);
            var text = await runner.TextOfAsync("RoomApi.cs");
            Assert.Contains("FeishuTenantTokenProvider.Shared.ReadFromJsonAsync<Room>(_client, new HttpRequestMessage(HttpMethod.Get, $\"open-apis/vc/v1/rooms/{roomId}\"), cancellationToken: cancellationToken)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.ReadFromJsonAsync<Room>(_client, new HttpRequestMessage(HttpMethod.Get, $\"open-apis/vc/v1/rooms/{roomId}\"), Json)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.SendAsync(_client, HttpMethod.Post, \"open-apis/vc/v1/rooms\", JsonContent.Create(room))", text);
            Assert.Contains("await FeishuTenantTokenProvider.Shared.SendAsync(_client, new HttpMethod(\"PATCH\"), $\"open-apis/vc/v1/rooms/{roomId}\", JsonContent.Create(new { name }, options: Json), cancellationToken: cancellationToken).ConfigureAwait(false)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.SendAsync(_client, new HttpRequestMessage(HttpMethod.Get, \"open-apis/vc/v1/rooms\"), HttpCompletionOption.ResponseHeadersRead)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.SendAsync(_client, HttpMethod.Delete, $\"open-apis/vc/v1/rooms/{roomId}\", cancellationToken: token)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.SendAsync(_client, HttpMethod.Post, \"open-apis/vc/v1/room_levels\", body)", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.GetStreamAsync(_client, \"open-apis/vc/v1/rooms\")", text);
            Assert.Contains("FeishuTenantTokenProvider.Shared.GetByteArrayAsync(_client, \"open-apis/vc/v1/room_levels\")", text);
        }
    }
}
