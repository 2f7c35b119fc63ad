using OzaBot.BotFramework.SignIn;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>Delegated mode: Teams SSO and the signed-in user's own calendar. Absent in app-only and Local mode.</summary>
public sealed record MeetingSignIn(TeamsSso Sso, ISignedInCalendars Calendars);
