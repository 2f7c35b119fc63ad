using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OzaBot.Domain.Cases;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Dashboard;

/// <summary>
/// The host with a single-tenant identity whose tenant names <see cref="CoordinatorGroup"/> as its coordinators,
/// and a loopback stand-in publishing Entra's OpenID metadata and keys.
/// </summary>
internal sealed class DashboardHost : IAsyncDisposable
{
    public const string CoordinatorGroup = "0b6f1c5e-7d0a-4a55-9f2e-3c8e0d1a2b44";

    private DashboardHost(ChannelStandIn standIn, RunningBot bot)
    {
        StandIn = standIn;
        Bot = bot;
    }

    public ChannelStandIn StandIn { get; }

    public RunningBot Bot { get; }

    public ICaseRepository Cases => Bot.Services.GetRequiredService<ICaseRepository>();

    public string CoordinatorToken => StandIn.Keys.TabToken(RunningBot.TenantId, RunningBot.AppId, [CoordinatorGroup]);

    public static async Task<DashboardHost> StartAsync()
    {
        var standIn = await ChannelStandIn.StartAsync();
        var bot = await RunningBot.StartAuthenticatedAsync(standIn, "SingleTenant", $"--Dashboard:CoordinatorGroups:{RunningBot.TenantId}={CoordinatorGroup}");
        return new DashboardHost(standIn, bot);
    }

    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Bot.Url(pathAndQuery));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Bot.Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
