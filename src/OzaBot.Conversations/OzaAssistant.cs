using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.Conversations;

/// <summary>
/// OzaBot's turn logic. For now it proves the wire end to end: a welcome, a reply to a message, and a
/// card whose Action.Execute button updates the card in place.
/// </summary>
public sealed class OzaAssistant(TimeProvider time) : ActivityHandler
{
    private const string PingVerb = "ping";

    // Teams announces an installation twice (installationUpdate and conversationUpdate): welcome once.
    private readonly WelcomeOnce _welcomed = new(time);

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botWasAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var isPersonal = turnContext.Activity.Conversation?.IsGroup != true;

        // Personal chat: welcome the user; group chat/channel: welcome once, when the bot joins.
        return (isPersonal ? membersAdded.Count > 0 : botWasAdded) ? WelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return WelcomeAsync(turnContext, cancellationToken);
    }

    private Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _welcomed.TryClaim(turnContext.Activity.Conversation?.Id)
            ? turnContext.SendActivityAsync(WelcomeTexts.Welcome(turnContext.Activity.Locale), cancellationToken)
            : Task.CompletedTask;

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var locale = turnContext.Activity.Locale;
        var text = MentionText.WithoutBotMention(turnContext.Activity);
        if (text.Equals("kaart", StringComparison.OrdinalIgnoreCase) || text.Equals("card", StringComparison.OrdinalIgnoreCase))
        {
            return turnContext.SendActivityAsync(ActivityAddressing.Card(PingCard(0, locale), WelcomeTexts.CardSummary(locale)), cancellationToken);
        }

        return turnContext.SendActivityAsync(WelcomeTexts.Reply(locale), cancellationToken);
    }

    protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (invokeValue.Action?.Verb != PingVerb)
        {
            return Task.FromResult<AdaptiveCardInvokeResponse?>(null);
        }

        var count = invokeValue.Action.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("count", out var c) && c.TryGetInt32(out var n) ? n : 0;
        var updated = PingCard(Math.Clamp(count, 0, 1_000_000) + 1, turnContext.Activity.Locale);
        return Task.FromResult<AdaptiveCardInvokeResponse?>(AdaptiveCardResponses.Card(updated));
    }

    private static JsonElement PingCard(int count, string? locale)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = WelcomeTexts.CardTitle(locale), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = WelcomeTexts.CardCount(locale, count), ["wrap"] = true },
            },
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["title"] = WelcomeTexts.CardButton(locale),
                    ["verb"] = PingVerb,
                    ["data"] = new JsonObject { ["count"] = count },
                },
            },
        };
        return JsonSerializer.SerializeToElement(card, ConversationsJsonContext.Default.JsonObject);
    }
}
