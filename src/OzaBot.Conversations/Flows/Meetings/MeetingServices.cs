using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>What the meeting dialogs need beside the turn (<see cref="OzaTurn.Of"/>): the calendar, the sign-in for
/// delegated mode, and the dialog's case re-read with its access checked.</summary>
internal sealed class MeetingServices(OzaServices services, ICalendarService? calendar, MeetingSignIn? signIn = null)
{
    public OzaServices Services { get; } = services;

    /// <summary>False when the host registered no calendar (AddOzaBotCalendar): the flows then say so instead of asking questions.</summary>
    public bool HasCalendar => calendar is not null;

    /// <summary>Delegated mode: planning asks the user to sign in (Teams SSO) right before the meeting is created.</summary>
    public MeetingSignIn? SignIn => signIn;

    public ICalendarService Calendar => calendar ?? throw new CalendarException(CalendarErrorKind.Unavailable, "No calendar is registered.");

    /// <summary>The dialog's case, re-read (someone may have changed it) and access-checked; null after telling the user.</summary>
    public async Task<StoredCase?> CaseAsync(OzaTurn turn, string code, CancellationToken cancellationToken)
    {
        var stored = await Services.Cases.GetAsync(turn.CaseKey(code), cancellationToken);
        if (stored is null || !CaseAccess.MayAccess(turn, stored))
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, code), cancellationToken);
            return null;
        }

        return stored;
    }
}
