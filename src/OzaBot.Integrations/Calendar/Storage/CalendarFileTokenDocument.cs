namespace OzaBot.Integrations.Calendar.Storage;

/// <summary>Maps an unguessable .ics token to its meeting.</summary>
internal sealed record CalendarFileTokenDocument(string CaseCode, string MeetingId);
