using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Reminders;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Reminders;

/// <summary>One reminder message: the short line and the case's next-steps card, in one bubble.</summary>
public sealed class ReminderMessages(OzaServices services)
{
    public Activity Compose(DueReminder reminder, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(reference);
        var language = BotFramework.Builder.BotFrameworkTexts.IsEnglish(reference.Locale) ? Language.English : Language.Dutch;
        var advice = services.NextSteps.In(language).Advise(reminder.Stored.Case, services.Time);
        if (!reference.IsPersonal)
        {
            advice = [.. advice.Select(WithoutTypedText)];
        }

        var card = services.Cards.Expand("next-steps", CaseCardData.NextSteps(reminder.Stored, services.Catalogue.In(language), new LocalDates(services.Region, language), advice), reference.Locale);
        var message = CardMessage.Create(card);
        message.Text = ReminderTexts.In(language).Line(reminder, new LocalDates(services.Region, language));
        return reference.Address(message);
    }

    private static NextAction WithoutTypedText(NextAction action) =>
        action.Kind is AdviceKind.OverdueAction or AdviceKind.UpcomingAction ? action with { What = ReminderTexts.ActionOfRole(action.Who) } : action;
}
