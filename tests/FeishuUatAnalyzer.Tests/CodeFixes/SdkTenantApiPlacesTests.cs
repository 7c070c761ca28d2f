using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FeishuUatAnalyzer.Tests.CodeFixes
{
    /// <summary>
    /// A FeishuNetSdk user call with no IFeishuTenantApi in scope and no ordinary constructor to inject one into: a
    /// minimal-API handler takes it as a parameter (resolved from the services), a primary constructor gains it, a
    /// static method takes it as a parameter. A signature that callers in the solution depend on is not changed.
    /// </summary>
    public sealed class SdkTenantApiPlacesTests
    {
        private static async Task<string> FixAsync(string source)
        {
            var runner = WorkspaceFixRunner.Create(WorkspaceKind.Host, await FixUnderDotnetFormatTests.Net80WithStubsAsync(), new[] { ("Rooms.cs", source) });
            Assert.NotEmpty(await runner.AnalyzeAsync());
            await runner.FixAllAsync();
            Assert.Empty(await runner.CompileErrorsAsync());
            return (await runner.TextOfAsync("Rooms.cs")).Replace("\r\n", "\n");
        }

        [Fact]
        public async Task MinimalApiHandlerTakesTheTenantApiFromServices()
        {
            var text = await FixAsync("""
                using FeishuNetSdk;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Routing;

                namespace Consumer;

                public static class RoomEndpoints
                {
                    public static void Map(IEndpointRouteBuilder app) =>
                        app.MapGet("/rooms", async (IFeishuUserApi userApi, string token) => await userApi.GetVcV1RoomsAsync(token, page_size: 20));
                }
                """);

            Assert.Contains("app.MapGet(\"/rooms\", async (IFeishuUserApi userApi, string token, IFeishuTenantApi tenantApi) => await tenantApi.GetVcV1RoomsAsync(page_size: 20));", text);
        }

        [Fact]
        public async Task PrimaryConstructorGainsTheTenantApi()
        {
            var text = await FixAsync("""
                using System.Threading.Tasks;
                using FeishuNetSdk;

                namespace Consumer;

                public sealed class RoomAdmin(IFeishuUserApi userApi)
                {
                    public async Task<int> CountAsync(string accessToken)
                    {
                        var rooms = await userApi.GetVcV1RoomsAsync(accessToken);
                        return 0;
                    }
                }
                """);

            Assert.Contains("public sealed class RoomAdmin(IFeishuUserApi userApi, IFeishuTenantApi tenantApi)", text);
            Assert.Contains("var rooms = await tenantApi.GetVcV1RoomsAsync();", text);
        }

        [Fact]
        public async Task StaticHelperWithoutCallersTakesTheTenantApi()
        {
            var text = await FixAsync("""
                using System.Threading.Tasks;
                using FeishuNetSdk;

                namespace Consumer;

                public static class RoomJobs
                {
                    public static async Task DeleteAsync(IFeishuUserApi userApi, string accessToken, string roomId)
                    {
                        await userApi.DeleteVcV1RoomsByRoomIdAsync(accessToken, roomId);
                    }
                }
                """);

            Assert.Contains("public static async Task DeleteAsync(IFeishuUserApi userApi, string accessToken, string roomId, IFeishuTenantApi tenantApi)", text);
            Assert.Contains("await tenantApi.DeleteVcV1RoomsByRoomIdAsync(roomId);", text);
        }

        [Fact]
        public async Task StaticHelperWithCallersIsNotChanged()
        {
            const string source = """
                using System.Threading.Tasks;
                using FeishuNetSdk;

                namespace Consumer;

                public static class RoomJobs
                {
                    public static async Task DeleteAsync(IFeishuUserApi userApi, string accessToken, string roomId)
                    {
                        await userApi.DeleteVcV1RoomsByRoomIdAsync(accessToken, roomId);
                    }

                    public static Task DeleteAllAsync(IFeishuUserApi userApi, string accessToken) => DeleteAsync(userApi, accessToken, "omm_1");
                }
                """;
            var text = await FixAsync(source);

            Assert.Equal(source.Replace("\r\n", "\n"), text);
        }
    }
}
