using OzaBot.BotFramework.Connector;

namespace OzaBot.Testing.SignIn;

/// <summary>The bot's own token towards the Token Service stand-in (which only checks that one is sent).</summary>
public sealed class StandInBotToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("bot-token");
}
