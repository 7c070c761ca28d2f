using System.Threading.Tasks;
using RestSharp;
using RestSharp.Authenticators;

namespace FixCorpus.SharedRestClient;

// One client, one user token, two kinds of call: searching rooms needs the user's token, listing them the app's.
public sealed class RoomDirectory
{
    private readonly RestClient _client;

    public RoomDirectory(string userAccessToken)
    {
        _client = new RestClient(new RestClientOptions("https://open.feishu.cn") { Authenticator = new JwtAuthenticator(userAccessToken) });
    }

    public async Task<RestResponse> ListAsync()
    {
        var request = new RestRequest("/open-apis/vc/v1/rooms", Method.Get);
        return await _client.ExecuteAsync(request); // expect: FSUAT001
    }

    public async Task<RestResponse> SearchAsync(string query)
    {
        var request = new RestRequest("/open-apis/vc/v1/rooms/search", Method.Post);
        request.AddJsonBody(new { query });
        return await _client.ExecuteAsync(request);
    }
}
