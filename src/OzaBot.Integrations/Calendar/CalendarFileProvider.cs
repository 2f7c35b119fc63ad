using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Local;
using OzaBot.Integrations.Calendar.Storage;

namespace OzaBot.Integrations.Calendar;

/// <summary>Finds the .ics file behind a link token (host endpoint <c>/calendar/{token}.ics</c>); always rendered from the stored meeting, so it shows the latest version.</summary>
public sealed class CalendarFileProvider
{
    private readonly MeetingStore store;
    private readonly RegionTime region;

    internal CalendarFileProvider(MeetingStore store, RegionTime region)
    {
        this.store = store;
        this.region = region;
    }

    /// <returns><c>null</c> when the token is malformed or unknown.</returns>
    public async Task<CalendarFile?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        // The meeting must carry this very token: a token left over from an interrupted create is never served.
        if (!CalendarFileLinks.IsWellFormed(token)
            || await store.FindByFileTokenAsync(token, cancellationToken) is not { } meeting
            || meeting.CalendarFileUrl?.AbsolutePath.EndsWith("/" + token + CalendarFileLinks.Extension, StringComparison.Ordinal) != true)
        {
            return null;
        }

        var name = $"{SchedulingTexts.KindLabel(meeting.Kind).ToLowerInvariant()}-{meeting.CaseCode}.ics";
        return new CalendarFile(name, $"text/calendar; method={IcsWriter.Method(meeting)}; charset=utf-8", IcsWriter.Write(meeting, region));
    }
}
