using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Intents;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// "plan een OZO / evaluatie / Actietafel" starts the planning dialog; "verzet …" and "annuleer de
/// afspraak" start the change dialog. The recognizer calls such texts PlanMeeting, Cancel ("annuleer")
/// or None ("verzet"), so this handler takes those three and answers a Cancel or None that is not
/// about a meeting exactly as the router would (outside a dialog there is nothing to stop).
/// </summary>
internal sealed class MeetingIntentHandler(MeetingTurns turns) : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.PlanMeeting, Intent.Cancel, Intent.None];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        var change = MeetingChangeMatcher.Match(MentionText.WithoutBotMention(turn.Activity));
        if (change is null && match.Intent != Intent.PlanMeeting)
        {
            await turn.SendAsync(AssistantTexts.NotUnderstood(turn.IsEnglish), cancellationToken);
            return;
        }

        if (!turns.HasCalendar)
        {
            await turn.SendAsync(MeetingTexts.NoCalendar(turn.IsEnglish), cancellationToken);
            return;
        }

        var stored = await turn.RequireCaseAsync(match.CaseCode, cancellationToken);
        if (stored is null)
        {
            return;
        }

        if (change is not null)
        {
            await turn.Dialogs.BeginDialogAsync(ChangeMeetingDialog.Id, ChangeMeetingDialog.Start(stored.Code, change), cancellationToken);
        }
        else if (RefusalFor(stored.Case, match.Meeting) is { } refusal)
        {
            await turn.SendAsync(refusal, cancellationToken);
        }
        else
        {
            await turn.Dialogs.BeginDialogAsync(PlanMeetingDialog.Id, PlanMeetingDialog.Start(stored.Case, match.Meeting), cancellationToken);
        }
    }

    /// <summary>The domain's refusals that are known before any question: say them now, not after six answers.</summary>
    private static string? RefusalFor(Case @case, MeetingKind? kind) => kind switch
    {
        _ when @case.IsClosed => CaseTexts.Closed,
        MeetingKind.Ozo when !@case.Track.IsOza() => CaseTexts.OzoOnlyOza,
        MeetingKind.Projectgroep when @case.Track.IsOza() => CaseTexts.ProjectgroepOnlyZio,
        MeetingKind.Evaluatie when @case.Track.IsOza() && @case.PlanAgreedAt is null => CaseTexts.PlanMissing,
        _ => null,
    };
}
