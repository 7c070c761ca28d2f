using System.Threading.Tasks;
using FeishuNetSdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace FixCorpus.SdkPlaces;

// FeishuNetSdk user calls where no IFeishuTenantApi is in scope and there is no ordinary constructor.
public static class RoomEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/rooms", async (IFeishuUserApi userApi, string token) => await userApi.GetVcV1RoomsAsync(token, page_size: 20)); // expect: FSUAT001
    }
}

public sealed class RoomAdmin(IFeishuUserApi userApi)
{
    public async Task<int> CountAsync(string accessToken)
    {
        var rooms = await userApi.GetVcV1RoomsAsync(accessToken); // expect: FSUAT001
        return rooms is null ? 0 : 1;
    }
}

public static class RoomJobs
{
    public static async Task DeleteAsync(IFeishuUserApi userApi, string accessToken, string roomId)
    {
        await userApi.DeleteVcV1RoomsByRoomIdAsync(accessToken, roomId); // expect: FSUAT001
    }
}
