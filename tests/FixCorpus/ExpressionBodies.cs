using System.Threading.Tasks;
using Flurl.Http;

namespace FixCorpus.ExpressionBodies;

// Members written as expressions: the fix makes them async instead of blocking on the token.
public static class Levels
{
    public static Task<string> GetAsync(string levelId, string userAccessToken) =>
        $"https://open.feishu.cn/open-apis/vc/v1/room_levels/{levelId}".WithOAuthBearerToken(userAccessToken).GetStringAsync(); // expect: FSUAT001

    public static Task<IFlurlResponse> RenameAsync(string levelId, string name, string user_access_token) =>
        ("https://open.feishu.cn/open-apis/vc/v1/room_levels/" + levelId)
            .WithHeader("Authorization", "Bearer " + user_access_token)
            .PatchJsonAsync(new { name }); // expect: FSUAT001

    public static Task<IFlurlResponse> MgetAsync(string uat, object body) =>
        "https://open.feishu.cn/open-apis/vc/v1/room_levels/mget".WithOAuthBearerToken(uat).PostJsonAsync(body); // expect: FSUAT001
}
