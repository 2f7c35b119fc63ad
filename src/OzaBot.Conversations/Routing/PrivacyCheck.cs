using OzaBot.BotFramework.Builder;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Privacy;

namespace OzaBot.Conversations.Routing;

/// <summary>
/// The personal-data check of the domain (<see cref="PersonalData"/>) where a dialog asks a free-text
/// question: the same refusal the case would give, while the question is still open, so the user retypes
/// it and nothing is lost or kept.
/// </summary>
internal static class PrivacyCheck
{
    /// <summary>The Dutch reason <paramref name="text"/> cannot be kept, or null when it can.</summary>
    public static string? Problem(string? text, DateOnly today) =>
        PersonalData.Find(text, today) is { } kind ? CaseTexts.PersonalDataFound(kind) : null;

    /// <summary>Today by the turn's clock (a birth date is told apart from an appointment by it).</summary>
    public static DateOnly Today(ITurnContext context) =>
        DateOnly.FromDateTime(OzaTurn.Of(context).Services.Time.GetUtcNow().UtcDateTime);
}
