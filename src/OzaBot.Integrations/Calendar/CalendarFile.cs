namespace OzaBot.Integrations.Calendar;

/// <summary>An iCalendar file ready to serve: name, MIME type (with the iTIP method) and UTF-8 text.</summary>
public sealed record CalendarFile(string FileName, string ContentType, string Content);
