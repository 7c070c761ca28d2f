using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace FixCorpus.TeamClient;

// The team's own client: callers build the request, the client adds the token and sends it.
public sealed class FeishuHttp
{
    private readonly HttpClient _http = new();
    private readonly string _userAccessToken;

    public FeishuHttp(string userAccessToken) => _userAccessToken = userAccessToken;

    public async Task<string> SendAsync(HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _userAccessToken);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class RoomLevelDirectory
{
    private readonly FeishuHttp _feishu;

    public RoomLevelDirectory(FeishuHttp feishu) => _feishu = feishu;

    public Task<string> LevelsAsync() =>
        _feishu.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://open.feishu.cn/open-apis/vc/v1/room_levels")); // expect: FSUAT001

    public Task<string> LevelAsync(string levelId) =>
        _feishu.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"https://open.feishu.cn/open-apis/vc/v1/room_levels/{levelId}")); // expect: FSUAT001
}
