using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Intents;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// "plan een OZO / evaluatie / Actietafel" starts the planning dialog; "verzet …" and "annuleer de
/// afspraak" start the change dialog. The recognizer has no intent for those two: "OZO verzetten" comes
/// as PlanMeeting, "annuleer de afspraak" as Cancel (outside a dialog there is nothing to stop, so a
/// Cancel that is not about a meeting gets the usual suggestion), and "verzet de OZO" as None, which
/// the fallback flow owns: it can hand such texts here with <see cref="TryChangeMeetingAsync"/>.
/// </summary>
internal sealed class MeetingIntentHandler(MeetingServices meetings) : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.PlanMeeting, Intent.Cancel];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await TryChangeMeetingAsync(turn, match, cancellationToken))
        {
            return;
        }

        if (match.Intent != Intent.PlanMeeting)
        {
            await turn.SendAsync(AssistantTexts.In(turn.Language).NotUnderstood, cancellationToken);
        }
        else if (await CaseWithCalendarAsync(turn, match, cancellationToken) is { } stored)
        {
            if (RefusalFor(stored.Case, match.Meeting) is { } refusal)
            {
                await turn.SendAsync(turn.Say(refusal), cancellationToken);
            }
            else
            {
                await turn.Dialogs.BeginDialogAsync(PlanMeetingDialog.Id, PlanMeetingDialog.Start(stored.Case, match.Meeting), cancellationToken);
            }
        }
    }

    /// <summary>Starts "verzet"/"annuleer" when the text asks to move or cancel a meeting; false when it does not.</summary>
    public async Task<bool> TryChangeMeetingAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (MeetingChangeMatcher.Match((turn.Activity.Text ?? string.Empty)) is not { } change)
        {
            return false;
        }

        if (await CaseWithCalendarAsync(turn, match, cancellationToken) is { } stored)
        {
            await turn.Dialogs.BeginDialogAsync(ChangeMeetingDialog.Id, ChangeMeetingDialog.Start(stored.Code, change), cancellationToken);
        }

        return true;
    }

    private async Task<StoredCase?> CaseWithCalendarAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        if (!meetings.HasCalendar)
        {
            await turn.SendAsync(MeetingTexts.In(turn.Language).NoCalendar, cancellationToken);
            return null;
        }

        return await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken);
    }

    /// <summary>The domain's refusals that are known before any question: say them now, not after six answers.</summary>
    private static Refusal? RefusalFor(Case @case, MeetingKind? kind) => kind switch
    {
        _ when @case.IsClosed => Refusals.Closed,
        MeetingKind.Ozo when !@case.Track.IsOza() => Refusals.OzoOnlyOza,
        MeetingKind.Projectgroep when @case.Track.IsOza() => Refusals.ProjectgroepOnlyZio,
        MeetingKind.Evaluatie when @case.Track.IsOza() && @case.PlanAgreedAt is null => Refusals.PlanMissing,
        _ => null,
    };
}
