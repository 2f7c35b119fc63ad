using OzaBot.Conversations.Flows.Cases;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Reminders;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Reminders;

/// <summary>A conversation's weekly overview: one message listing its open cases, what changed and what is due.</summary>
public sealed class OverviewMessages(OzaServices services)
{
    public Activity Compose(IReadOnlyList<StoredCase> cases, ConversationReference reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(reference);
        var language = reference.Locale is { } locale && BotFramework.Builder.BotFrameworkTexts.IsEnglish(locale) ? Language.English : Language.Dutch;
        var paragraphs = new List<string> { OverviewTexts.In(language).Heading(cases.Count) };
        foreach (var stored in cases.OrderBy(c => c.Code, StringComparer.Ordinal).Take(OverviewTexts.MaxCases))
        {
            var step = services.Catalogue.In(language).Step(stored.Case.CurrentStepId);
            paragraphs.Add(OverviewTexts.In(language).Case(CaseWeek.Of(stored, now), $"{step.Number}: {step.Name}", new LocalDates(services.Region, language)));
        }

        if (cases.Count > OverviewTexts.MaxCases)
        {
            paragraphs.Add(OverviewTexts.In(language).More(cases.Count - OverviewTexts.MaxCases));
        }

        paragraphs.Add(OverviewTexts.In(language).Footer);
        return reference.Address(new Activity { Type = ActivityTypes.Message, Text = string.Join("\n\n", paragraphs), TextFormat = "markdown" });
    }
}
