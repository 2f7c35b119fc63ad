using OzaBot.Conversations.Routing;
using OzaBot.Domain.Reminders;

namespace OzaBot.Conversations.Reminders;

/// <summary>
/// Keeps the conversation reference of every conversation OzaBot talks in current for the reminder job: refreshed
/// on every turn (written only when something changed, so a turn costs no extra write), removed when the bot is
/// uninstalled or removed from the conversation. A 1:1 chat is also kept as that person's own chat with the bot.
/// </summary>
public sealed class ReminderSubscriptions(ConversationReferences references, SchoolCalendar calendar, ReminderOptions options)
{
    public async Task RefreshAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var current = ConversationReference.From(turn.Activity, turn.TenantId, turn.IsPersonal, turn.Data.Language, turn.Data.RemindersOff, turn.Data.OverviewDay);
        if (current is not null && current != turn.Data.Reference)
        {
            await references.SaveAsync(current, cancellationToken);
            if (current.IsPersonal && turn.UserId.Length > 0)
            {
                await references.SavePersonalAsync(turn.UserId, current, cancellationToken);
            }

            turn.Data.Reference = current;
        }
    }

    /// <summary>After (re)installation: publish again even if nothing seems changed, which clears a "removed" mark the job set.</summary>
    public Task RenewAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Data.Reference = null;
        return RefreshAsync(turn, cancellationToken);
    }

    public async Task ForgetAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await references.DeleteAsync(turn.ConversationId, cancellationToken);
        if (turn.IsPersonal && turn.UserId.Length > 0)
        {
            await references.DeletePersonalAsync(turn.TenantId, turn.UserId, cancellationToken);
        }

        turn.Data.Reference = null;
    }

    /// <summary>"herinneringen uit/aan": stores the choice and confirms it.</summary>
    public async Task ChooseAsync(OzaTurn turn, bool off, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Data.RemindersOff = off;
        await RefreshAsync(turn, cancellationToken);
        await turn.SendAsync(ReminderTexts.In(turn.Language).Chosen(off, options.SendFrom, options.SendUntil), cancellationToken);
    }

    /// <summary>"overzicht op donderdag": stores the day of the weekly overview (a school day only) and confirms it.</summary>
    public async Task ChooseOverviewDayAsync(OzaTurn turn, DayOfWeek day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!calendar.SchoolDays.Contains(day))
        {
            await turn.SendAsync(OverviewTexts.In(turn.Language).NotASchoolDay, cancellationToken);
            return;
        }

        turn.Data.OverviewDay = day;
        await RefreshAsync(turn, cancellationToken);
        await turn.SendAsync(OverviewTexts.In(turn.Language).DayChosen(day, options.OverviewAt, turn.Data.RemindersOff), cancellationToken);
    }
}
