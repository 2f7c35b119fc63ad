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
        var english = BotFramework.Builder.BotFrameworkTexts.IsEnglish(reference.Locale);
        var paragraphs = new List<string> { OverviewTexts.Heading(cases.Count, english) };
        foreach (var stored in cases.OrderBy(c => c.Code, StringComparer.Ordinal).Take(OverviewTexts.MaxCases))
        {
            var step = services.Catalogue.In(english ? Language.English : Language.Dutch).Step(stored.Case.CurrentStepId);
            paragraphs.Add(OverviewTexts.Case(CaseWeek.Of(stored, now), $"{step.Number}: {step.Name}", english));
        }

        if (cases.Count > OverviewTexts.MaxCases)
        {
            paragraphs.Add(OverviewTexts.More(cases.Count - OverviewTexts.MaxCases, english));
        }

        paragraphs.Add(OverviewTexts.Footer(english));
        return reference.Address(new Activity { Type = ActivityTypes.Message, Text = string.Join("\n\n", paragraphs), TextFormat = "markdown" });
    }
}
