using OzaBot.Domain.Vocabulary;
using System.Text.Json.Nodes;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows;

/// <summary>The welcome on installation (once per conversation) and "help": what OzaBot can do and what it does not store.</summary>
public sealed class WelcomeFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Help];

    public Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return SendWelcomeAsync(turn, cancellationToken);
    }

    public static async Task WelcomeOnceAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Data.Welcomed)
        {
            return;
        }

        turn.Data.Welcomed = true;
        await SendWelcomeAsync(turn, cancellationToken);
    }

    private static async Task SendWelcomeAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        await turn.SendAsync(WelcomeTexts.In(turn.Language).Welcome, cancellationToken);
        await turn.SendCardAsync("welcome", CardData(turn.Language), cancellationToken);
    }

    private static JsonObject CardData(Language language) => new()
    {
        ["botName"] = "OzaBot",
        ["intro"] = WelcomeTexts.In(language).Intro,
        ["commands"] = new JsonArray([.. WelcomeTexts.Commands(language).Select(c => (JsonNode)new JsonObject { ["command"] = c.Command, ["description"] = c.Description })]),
        ["privacyNote"] = WelcomeTexts.In(language).PrivacyNote,
        ["quickReplies"] = new JsonArray([.. WelcomeTexts.QuickReplies(language).Select(c => (JsonNode)new JsonObject { ["title"] = c.Command, ["command"] = c.Description })]),
    };
}
