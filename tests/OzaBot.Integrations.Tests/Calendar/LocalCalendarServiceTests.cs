using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar;
using OzaBot.Integrations.Calendar.Local;
using OzaBot.Integrations.Calendar.Storage;
using OzaBot.Testing.Flow;

namespace OzaBot.Integrations.Tests.Calendar;

public sealed class LocalCalendarServiceTests
{
    private static readonly RegionTime Region = new(RegionTime.DefaultZoneId);

    private readonly InMemoryStorage storage = new();
    private readonly FakeTimeProvider time = new(CalendarTestData.Now);
    private readonly LocalCalendarService calendar;
    private readonly CalendarFileProvider files;

    public LocalCalendarServiceTests()
    {
        var options = new SchedulingOptions();
        var store = new MeetingStore(storage);
        calendar = new LocalCalendarService(store, new CalendarFileLinks(new Uri("https://bot.example.nl/base")), new SlotFinder(options, time, Region), time, Region);
        files = new CalendarFileProvider(store, Region);
    }

    [Fact]
    public async Task Create_stores_the_meeting_with_an_unguessable_ics_link()
    {
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());

        var url = created.CalendarFileUrl!.AbsoluteUri;
        Assert.StartsWith("https://bot.example.nl/base/calendar/", url, StringComparison.Ordinal);
        Assert.EndsWith(".ics", url, StringComparison.Ordinal);
        var token = Token(created);
        Assert.True(CalendarFileLinks.IsWellFormed(token));
        Assert.Equivalent(new[] { created }, await calendar.ListAsync("K-4821"), strict: true);

        var file = await files.FindAsync(token);
        Assert.NotNull(file);
        Assert.Equal("ozo-K-4821.ics", file.FileName);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", file.ContentType);
        Assert.Equal(IcsWriter.Write(created, Region), file.Content);
    }

    [Fact]
    public async Task Two_meetings_get_different_tokens()
    {
        var first = await calendar.CreateAsync(CalendarTestData.Ozo());
        var second = await calendar.CreateAsync(CalendarTestData.Ozo());

        Assert.NotEqual(Token(first), Token(second));
        Assert.Equal(2, (await calendar.ListAsync("K-4821")).Count);
    }

    [Fact]
    public async Task Repeating_a_create_returns_the_stored_meeting_instead_of_a_second_one()
    {
        var request = CalendarTestData.Ozo();

        var first = await calendar.CreateAsync(request);
        var again = await calendar.CreateAsync(request);

        Assert.Equivalent(first, again, strict: true);
        Assert.Single(await calendar.ListAsync("K-4821"));
    }

    [Fact]
    public async Task Unknown_or_malformed_tokens_find_nothing()
    {
        await calendar.CreateAsync(CalendarTestData.Ozo());

        Assert.Null(await files.FindAsync(CalendarFileLinks.NewToken()));
        Assert.Null(await files.FindAsync("../calendar:case:K-4821"));
        Assert.Null(await files.FindAsync(string.Empty));
    }

    [Fact]
    public async Task A_token_left_by_an_interrupted_create_is_not_served()
    {
        var request = CalendarTestData.Ozo();
        storage.AlwaysConflictFor = "calendar:case:K-4821";
        await Assert.ThrowsAsync<StorageConflictException>(() => calendar.CreateAsync(request));
        var leftover = storage.Keys.Single(k => k.StartsWith("calendar:file:", StringComparison.Ordinal))["calendar:file:".Length..];
        storage.AlwaysConflictFor = null;

        var created = await calendar.CreateAsync(request);

        Assert.Null(await files.FindAsync(leftover));
        Assert.NotNull(await files.FindAsync(Token(created)));
    }

    [Fact]
    public async Task Reschedule_moves_the_meeting_bumps_the_sequence_and_the_file_follows()
    {
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());
        time.Advance(TimeSpan.FromHours(1));
        var start = new DateTimeOffset(2026, 11, 26, 9, 0, 0, CalendarTestData.Winter);

        var moved = await calendar.RescheduleAsync("K-4821", created.MeetingId, start, start.AddHours(1));

        Assert.Equal(1, moved.Sequence);
        Assert.Equal(start, moved.Start);
        Assert.Equal(time.GetUtcNow(), moved.LastModified);
        var parsed = await IcalJs.ParseAsync((await files.FindAsync(Token(created)))!.Content);
        var ev = parsed.GetProperty("events")[0];
        Assert.Equal(1, ev.GetProperty("sequence").GetInt32());
        Assert.Equal("2026-11-26T09:00:00", ev.GetProperty("start").GetProperty("local").GetString());
    }

    [Fact]
    public async Task Cancel_marks_the_meeting_and_the_file_becomes_a_cancel()
    {
        var created = await calendar.CreateAsync(CalendarTestData.Ozo());

        var cancelled = await calendar.CancelAsync("K-4821", created.MeetingId, "Verplaatst naar januari");

        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        Assert.Equal(1, cancelled.Sequence);
        var file = (await files.FindAsync(Token(created)))!;
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", file.ContentType);
        var again = await Assert.ThrowsAsync<CalendarException>(() => calendar.CancelAsync("K-4821", created.MeetingId, "x"));
        Assert.Equal(CalendarErrorKind.AlreadyCancelled, again.Kind);
    }

    [Fact]
    public async Task Changing_an_unknown_meeting_is_not_found()
    {
        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CancelAsync("K-4821", "mdoesnotexist", "x"));

        Assert.Equal(CalendarErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Suggestions_avoid_the_organisers_own_meetings_and_say_whose_availability_is_unknown()
    {
        // Organiser's meeting on Tuesday 24 Nov 08:30–09:30 in another case.
        var other = CalendarTestData.Ozo("K-1111") with
        {
            Start = new DateTimeOffset(2026, 11, 24, 8, 30, 0, CalendarTestData.Winter),
            End = new DateTimeOffset(2026, 11, 24, 9, 30, 0, CalendarTestData.Winter),
        };
        await calendar.CreateAsync(other);
        var tuesday = new DateOnly(2026, 11, 24);

        var suggestions = await calendar.SuggestSlotsAsync(new SlotQuery(CalendarTestData.Organizer, ["ib@school.nl", CalendarTestData.Organizer], TimeSpan.FromHours(1), tuesday, tuesday, 1));

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, CalendarTestData.Winter), Assert.Single(suggestions.Slots).Start);
        Assert.Equal(["ib@school.nl"], suggestions.UnknownAvailability);
    }

    [Fact]
    public async Task A_cancelled_meeting_frees_its_slot_again()
    {
        var request = CalendarTestData.Ozo() with
        {
            Start = new DateTimeOffset(2026, 11, 24, 8, 30, 0, CalendarTestData.Winter),
            End = new DateTimeOffset(2026, 11, 24, 9, 30, 0, CalendarTestData.Winter),
        };
        var created = await calendar.CreateAsync(request);
        await calendar.CancelAsync("K-4821", created.MeetingId, "x");
        var tuesday = new DateOnly(2026, 11, 24);

        var suggestions = await calendar.SuggestSlotsAsync(new SlotQuery(CalendarTestData.Organizer, [], TimeSpan.FromHours(1), tuesday, tuesday, 1));

        Assert.Equal(request.Start, Assert.Single(suggestions.Slots).Start);
    }

    [Fact]
    public async Task A_concurrent_write_is_retried_instead_of_overwritten()
    {
        var first = await calendar.CreateAsync(CalendarTestData.Ozo());
        storage.ConflictOnceFor = "calendar:case:K-4821";

        var second = await calendar.CreateAsync(CalendarTestData.Ozo());

        Assert.Null(storage.ConflictOnceFor);
        Assert.Equal(new[] { first.MeetingId, second.MeetingId }.Order(), (await calendar.ListAsync("K-4821")).Select(m => m.MeetingId).Order());
    }

    [Fact]
    public async Task An_invalid_request_touches_nothing()
    {
        var error = await Assert.ThrowsAsync<CalendarException>(() => calendar.CreateAsync(CalendarTestData.Ozo("Jan Jansen")));

        Assert.Equal(CalendarErrorKind.InvalidRequest, error.Kind);
        Assert.Empty(storage.Keys);
    }

    [Fact]
    public async Task Storage_keys_hold_no_email_address()
    {
        await calendar.CreateAsync(CalendarTestData.Ozo());

        Assert.All(storage.Keys, key => Assert.DoesNotContain("@", key, StringComparison.Ordinal));
    }

    private static string Token(ScheduledMeeting meeting) =>
        Path.GetFileNameWithoutExtension(meeting.CalendarFileUrl!.AbsolutePath);
}
