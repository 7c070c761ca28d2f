using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace FixCorpus.JsonClient;

public sealed record Room(string RoomId, string Name);

// The token is put on the client once; requests go out through System.Net.Http.Json.
public sealed class RoomApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _client;

    public RoomApi(string userAccessToken)
    {
        _client = new HttpClient { BaseAddress = new Uri("https://open.feishu.cn/") };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
    }

    public Task<Room?> GetAsync(string roomId, CancellationToken cancellationToken) =>
        _client.GetFromJsonAsync<Room>($"open-apis/vc/v1/rooms/{roomId}", cancellationToken); // expect: FSUAT001

    public async Task<Room?> GetWithOptionsAsync(string roomId)
    {
        return await _client.GetFromJsonAsync<Room>($"open-apis/vc/v1/rooms/{roomId}", Json); // expect: FSUAT001
    }

    public Task<HttpResponseMessage> CreateAsync(Room room) =>
        _client.PostAsJsonAsync("open-apis/vc/v1/rooms", room); // expect: FSUAT001

    public async Task<bool> RenameAsync(string roomId, string name, CancellationToken cancellationToken)
    {
        using var response = await _client.PatchAsJsonAsync($"open-apis/vc/v1/rooms/{roomId}", new { name }, Json, cancellationToken); // expect: FSUAT001
        return response.IsSuccessStatusCode;
    }

    public Task<HttpResponseMessage> ListStreamingAsync() =>
        _client.GetAsync("open-apis/vc/v1/rooms", HttpCompletionOption.ResponseHeadersRead); // expect: FSUAT001

    public Task<HttpResponseMessage> DeleteAsync(string roomId, CancellationToken token) =>
        _client.DeleteAsync(cancellationToken: token, requestUri: $"open-apis/vc/v1/rooms/{roomId}"); // expect: FSUAT001

    public Task<HttpResponseMessage> AddLevelAsync(HttpContent body) =>
        _client.PostAsync(content: body, requestUri: "open-apis/vc/v1/room_levels"); // expect: FSUAT001

    public Task<System.IO.Stream> ExportAsync() =>
        _client.GetStreamAsync("open-apis/vc/v1/rooms?page_size=100"); // expect: FSUAT001

    public Task<byte[]> LevelsRawAsync() =>
        _client.GetByteArrayAsync("open-apis/vc/v1/room_levels"); // expect: FSUAT001
}
