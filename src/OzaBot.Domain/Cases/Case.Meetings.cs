using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>
    /// Plans a meeting. An OZO belongs to an OZA and the school convenes it; a projectgroep belongs to ZiO;
    /// an evaluation of an OZA needs the joint plan. Planning the first evaluation also sets the evaluation date.
    /// </summary>
    public DomainResult<string> PlanMeeting(MeetingKind kind, DateTimeOffset start, DateTimeOffset end, IEnumerable<PartnerRole> attendees, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var roles = attendees.Distinct().ToList();
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (CheckMeeting(kind, start, end, roles, actor.At) is { IsRefused: true } invalid)
        {
            return invalid;
        }

        var id = NextId("m");
        meetings.Add(new Meeting(id, kind, start, end, roles, MeetingStatus.Gepland));
        if (kind == MeetingKind.Evaluatie && (NextEvaluationAt is null || NextEvaluationAt < actor.At))
        {
            NextEvaluationAt = start;
        }

        Commit(actor, CaseTexts.History.MeetingPlanned);
        return DomainResult.Success(id);
    }

    public DomainResult RescheduleMeeting(string meetingId, DateTimeOffset start, DateTimeOffset end, Actor actor)
    {
        if (FindPlannedMeeting(meetingId, actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var meeting = meetings.First(m => m.Id == meetingId);
        if (CheckMeeting(meeting.Kind, start, end, meeting.Attendees, actor.At) is { IsRefused: true } invalid)
        {
            return invalid;
        }

        Replace(meeting, meeting with { Start = start, End = end });
        return Commit(actor, CaseTexts.History.MeetingMoved);
    }

    /// <summary>Links the calendar's own id (Graph event id or .ics UID) to the meeting.</summary>
    public DomainResult SetCalendarReference(string meetingId, string calendarReference, Actor actor)
    {
        if (Guard(actor, calendarReference) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (meetings.FirstOrDefault(m => m.Id == meetingId) is not { } meeting)
        {
            return DomainResult.Refused(Refusals.NotFound);
        }

        Replace(meeting, meeting with { CalendarReference = calendarReference });
        return Commit(actor, CaseTexts.History.CalendarLinked);
    }

    public DomainResult MarkMeetingHeld(string meetingId, Actor actor)
    {
        if (FindPlannedMeeting(meetingId, actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var meeting = meetings.First(m => m.Id == meetingId);
        if (meeting.Start > actor.At)
        {
            return DomainResult.Refused(Refusals.MeetingNotStarted);
        }

        Replace(meeting, meeting with { Status = MeetingStatus.Gehouden });
        return Commit(actor, CaseTexts.History.MeetingHeld, progress: true);
    }

    public DomainResult CancelMeeting(string meetingId, Actor actor)
    {
        if (FindPlannedMeeting(meetingId, actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var meeting = meetings.First(m => m.Id == meetingId);
        Replace(meeting, meeting with { Status = MeetingStatus.Geannuleerd });
        return Commit(actor, CaseTexts.History.MeetingCancelled);
    }

    private DomainResult CheckMeeting(MeetingKind kind, DateTimeOffset start, DateTimeOffset end, IReadOnlyList<PartnerRole> roles, DateTimeOffset now)
    {
        if (start <= now)
        {
            return DomainResult.Refused(Refusals.InPast);
        }

        if (end <= start)
        {
            return DomainResult.Refused(Refusals.EndBeforeStart);
        }

        if (roles.Count == 0)
        {
            return DomainResult.Refused(Refusals.NoAttendees);
        }

        if (WithoutConsent(roles, ConsentCategory.Plan, now) is { Count: > 0 } withoutConsent)
        {
            return DomainResult.Refused(Refusals.NoConsent(withoutConsent));
        }

        return kind switch
        {
            MeetingKind.Ozo when !Track.IsOza() => DomainResult.Refused(Refusals.OzoOnlyOza),
            MeetingKind.Ozo when !roles.Contains(PartnerRole.School) => DomainResult.Refused(Refusals.OzoNeedsSchool),
            MeetingKind.Projectgroep when Track.IsOza() => DomainResult.Refused(Refusals.ProjectgroepOnlyZio),
            MeetingKind.Evaluatie when Track.IsOza() && PlanAgreedAt is null => DomainResult.Refused(Refusals.PlanMissing),
            _ => DomainResult.Ok,
        };
    }

    private DomainResult FindPlannedMeeting(string meetingId, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        return meetings.FirstOrDefault(m => m.Id == meetingId) switch
        {
            null => DomainResult.Refused(Refusals.NotFound),
            { Status: not MeetingStatus.Gepland } => DomainResult.Refused(Refusals.MeetingNotPlanned),
            _ => DomainResult.Ok,
        };
    }

    private void Replace(Meeting old, Meeting updated) => meetings[meetings.IndexOf(old)] = updated;

    /// <summary>Planned meetings of a kind, soonest first.</summary>
    public IEnumerable<Meeting> PlannedMeetings(MeetingKind kind) =>
        meetings.Where(m => m.Kind == kind && m.Status == MeetingStatus.Gepland).OrderBy(m => m.Start);

    public bool HasHeld(MeetingKind kind) => meetings.Any(m => m.Kind == kind && m.Status == MeetingStatus.Gehouden);
}
