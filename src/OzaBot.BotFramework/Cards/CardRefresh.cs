using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// The card's <c>refresh</c>: when one of <see cref="UserIds"/> opens the card, Teams invokes
/// <see cref="Verb"/> with <see cref="Data"/> and shows the card the bot returns (Universal Actions).
/// </summary>
/// <param name="Data">What the bot needs to rebuild the card, e.g. the card name, case code and revision.</param>
/// <param name="UserIds">Teams user MRIs (<c>29:…</c>) that refresh automatically; only the first 60 are used.</param>
public sealed record CardRefresh(JsonObject Data, IReadOnlyList<string> UserIds)
{
    public const string DefaultVerb = "refreshCard";

    public string Verb { get; init; } = DefaultVerb;
}
