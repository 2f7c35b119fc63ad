using OzaBot.Domain.Cases;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// Gives a dialog step the same <see cref="OzaTurn"/> the router builds (the same conversation data
/// object, read through a second accessor of the same property), so steps can use CaseAccess and PlanCards.
/// </summary>
internal sealed class MeetingTurns(ConversationState conversationState, OzaServices services, ICalendarService? calendar, MeetingSignIn? signIn = null)
{
    private readonly IStatePropertyAccessor<ConversationData> _data = conversationState.CreateProperty("ozabot", ConversationsJsonContext.Default.ConversationData);

    public OzaServices Services { get; } = services;

    /// <summary>False when the host registered no calendar (AddOzaBotCalendar): the flows then say so instead of asking questions.</summary>
    public bool HasCalendar => calendar is not null;

    /// <summary>Delegated mode: planning asks the user to sign in (Teams SSO) right before the meeting is created.</summary>
    public MeetingSignIn? SignIn => signIn;

    public ICalendarService Calendar => calendar ?? throw new CalendarException(CalendarErrorKind.Unavailable, "No calendar is registered.");

    public async Task<OzaTurn> CreateAsync(DialogContext dialogs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var data = await _data.GetAsync(dialogs.Context, () => new ConversationData(), cancellationToken);
        return new OzaTurn(dialogs.Context, dialogs, data, Services);
    }

    /// <summary>The dialog's case, re-read (someone may have changed it) and access-checked; null after telling the user.</summary>
    public async Task<StoredCase?> CaseAsync(OzaTurn turn, string code, CancellationToken cancellationToken)
    {
        var stored = await Services.Cases.GetAsync(turn.CaseKey(code), cancellationToken);
        if (stored is null || !CaseAccess.MayAccess(turn, stored))
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.IsEnglish, code), cancellationToken);
            return null;
        }

        return stored;
    }
}
