using System.Text.RegularExpressions;

namespace OzaBot.Domain.Scheduling;

/// <summary>
/// Checks a request before any calendar is touched. The case code is restricted to a short code
/// (letters, digits, dashes) so a name can never travel into a subject by mistake, and e-mail
/// addresses may not contain characters that would break an iCalendar line or an HTTP body.
/// </summary>
public static partial class MeetingRequestValidation
{
    public static void Validate(MeetingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(IsCaseCode(request.CaseCode), "case code");
        Require(MeetingId().IsMatch(request.MeetingId), "meeting id");
        Require(IsEmail(request.OrganizerEmail), "organizer");
        Require(request.Attendees.Count is > 0 and <= 100 && request.Attendees.All(a => IsEmail(a.Email)), "attendees");
        ValidateTimes(request.Start, request.End);
        Require(request.Recurrence is null or { IntervalWeeks: > 0 and <= MeetingRecurrence.MaxIntervalWeeks, Occurrences: > 0 and <= MeetingRecurrence.MaxOccurrences }, "recurrence");
        Require(request.AgendaLines.All(l => l.Length <= 200), "agenda");
    }

    public static void ValidateTimes(DateTimeOffset start, DateTimeOffset end) =>
        Require(end > start && end - start <= TimeSpan.FromHours(12), "start/end");

    public static bool IsCaseCode(string? value) => value is not null && CaseCode().IsMatch(value);

    public static bool IsEmail(string? value) => value is not null && Email().IsMatch(value);

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new CalendarException(CalendarErrorKind.InvalidRequest, $"Invalid meeting request: {what}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")]
    private static partial Regex CaseCode();

    [GeneratedRegex("^[a-z0-9]{4,40}$")]
    private static partial Regex MeetingId();

    [GeneratedRegex(@"^[^\s@<>()\[\]\\,;:""]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial Regex Email();
}
