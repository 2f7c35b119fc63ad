using OzaBot.BotFramework.Builder;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Privacy;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Routing;

/// <summary>
/// The personal-data check of the domain (<see cref="PersonalData"/>) where a dialog asks a free-text
/// question: the same refusal the case would give, while the question is still open, so the user retypes
/// it and nothing is lost or kept.
/// </summary>
internal static class PrivacyCheck
{
    /// <summary>Why <paramref name="text"/> cannot be kept, in <paramref name="language"/>, or null when it can.</summary>
    public static string? Problem(string? text, DateOnly today, Language language) =>
        PersonalData.Find(text, today) is { } kind ? RefusalTexts.In(language).Say(Refusals.PersonalData(kind), ProcessCatalogue.Default) : null;

    /// <summary>Why <paramref name="text"/> cannot be kept, in the turn's language, or null when it can.</summary>
    public static string? Problem(string? text, ITurnContext context) => Problem(text, Today(context), OzaTurn.Of(context).Language);

    /// <summary>Today by the turn's clock (a birth date is told apart from an appointment by it).</summary>
    public static DateOnly Today(ITurnContext context) =>
        DateOnly.FromDateTime(OzaTurn.Of(context).Services.Time.GetUtcNow().UtcDateTime);
}
