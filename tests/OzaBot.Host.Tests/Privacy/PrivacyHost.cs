using OzaBot.Host.Tests.Protocol;

namespace OzaBot.Host.Tests.Privacy;

/// <summary>One real host for the page tests, started with settings that differ from every default.</summary>
public sealed class PrivacyHost : IAsyncLifetime
{
    public const int ClosedCaseDays = 90;
    public const string AzureRegion = "swedencentral";

    internal RunningBot Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await RunningBot.StartDevelopmentAsync(
        $"--Retention:ClosedCaseDays={ClosedCaseDays}", $"--Privacy:AzureRegion={AzureRegion}", "--Privacy:BotServiceRegion=westeurope");

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    public Task<HttpResponseMessage> GetAsync(string path) => Bot.Http.GetAsync(new Uri(Bot.MessagesUrl, path));
}
