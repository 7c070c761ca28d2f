using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace FixCorpus.UrlHelpers;

// URLs made by the team's own helpers, choices between endpoints and interpolated string handlers.
public static class FeishuUrls
{
    private const string Host = "https://open.feishu.cn";

    public static string OpenApi(this string path) => Host + "/open-apis/" + path.TrimStart('/');

    public static Uri Room(string roomId) => new Uri(string.Create(CultureInfo.InvariantCulture, $"{Host}/open-apis/vc/v1/rooms/{roomId}"));
}

public sealed class RoomAdmin(HttpClient http)
{
    public async Task<string> ListAsync(string userAccessToken, bool levels)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, levels ? "vc/v1/room_levels".OpenApi() : "vc/v1/rooms".OpenApi());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        using var response = await http.SendAsync(request).ConfigureAwait(false); // expect: FSUAT001
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    public async Task DeleteAsync(string roomId, string userAccessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, FeishuUrls.Room(roomId));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        using var response = await http.SendAsync(request).ConfigureAwait(false); // expect: FSUAT001
        response.EnsureSuccessStatusCode();
    }

    // The arms reach rooms (tenant only) and rooms/search (user only): no one rule holds for both.
    public async Task<string> FindAsync(string userAccessToken, bool search)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, search ? "vc/v1/rooms/search".OpenApi() : "vc/v1/rooms".OpenApi());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userAccessToken);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }
}
