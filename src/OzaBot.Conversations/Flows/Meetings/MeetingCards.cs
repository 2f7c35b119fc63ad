using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Content;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// The data for the meeting-proposal and meeting-confirmation cards and the invitation's agenda.
/// Attendees appear by role (and a partner's neutral label), never by name or e-mail address.
/// </summary>
internal static class MeetingCards
{
    public const string ProposalTemplate = "meeting-proposal";
    public const string ConfirmationTemplate = "meeting-confirmation";
    public const string ChooseSlotVerb = "chooseSlot";
    public const string RejectSlotsVerb = "rejectSlots";
    private const int MaxOpenItems = 5;

    public static string SlotId(int index) => "s" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject ProposalData(OzaTurn turn, StoredCase stored, PlanMeetingState state)
    {
        var language = turn.Language;
        var labels = GuidanceTexts.In(turn.Language);
        var data = new JsonObject
        {
            ["caseCode"] = stored.Code,
            ["revision"] = stored.Case.Revision,
            ["proposalId"] = state.MeetingId,
            ["meeting"] = new JsonObject
            {
                ["kind"] = labels.MeetingLabel(state.Kind!.Value),
                ["duration"] = MeetingTexts.In(language).Duration(state.DurationMinutes!.Value),
                ["purpose"] = MeetingTexts.In(language).Purpose(state.Kind.Value),
            },
            ["attendeeRoles"] = string.Join(", ", state.Attendees!.Select(a => a.Role).Distinct().Select(labels.RoleLabel)),
            // The earliest option lapses first: answer before it starts.
            ["respondBy"] = MeetingTimes.Moment(turn.Services.Region, state.Slots![0].Start, language),
            ["slots"] = new JsonArray([.. state.Slots!.Select((s, i) => (JsonNode)new JsonObject
            {
                ["id"] = SlotId(i),
                ["title"] = $"{i + 1}. {MeetingTimes.Slot(turn.Services.Region, s.Start, s.End, language)}",
            })]),
        };
        AddInitials(turn, stored, data);
        return data;
    }

    /// <summary>The confirmation card; the Teams and .ics buttons appear only when there is a link.</summary>
    public static JsonObject Confirmation(OzaTurn turn, StoredCase stored, ScheduledMeeting meeting)
    {
        var language = turn.Language;
        var labels = GuidanceTexts.In(turn.Language);
        var data = new JsonObject
        {
            ["caseCode"] = stored.Code,
            ["revision"] = stored.Case.Revision,
            ["meeting"] = new JsonObject
            {
                ["kind"] = labels.MeetingLabel(meeting.Kind),
                ["when"] = MeetingTimes.Slot(turn.Services.Region, meeting.Start, meeting.End, language),
                ["duration"] = MeetingTexts.In(language).Duration((int)(meeting.End - meeting.Start).TotalMinutes),
                ["location"] = meeting.Location ?? (meeting.JoinUrl is not null ? MeetingTexts.In(language).LocationOnline : MeetingTexts.In(language).LocationToAgree),
                ["joinUrl"] = meeting.JoinUrl ?? "",
                ["icsUrl"] = meeting.CalendarFileUrl?.AbsoluteUri ?? "",
            },
            ["attendees"] = new JsonArray([.. meeting.Attendees.Select(a => a.Role).Distinct().Select(role => (JsonNode)new JsonObject
            {
                ["role"] = labels.RoleLabel(role),
                ["organisation"] = stored.Case.Partners.FirstOrDefault(p => p.Role == role)?.Label ?? MeetingTexts.NoLabel,
                ["response"] = MeetingTexts.In(language).Invited,
            })]),
            // The agenda as the invitation has it: invitations reach the partners' own calendars in Dutch.
            ["agenda"] = new JsonArray([.. MeetingAgenda.Lines(meeting.AgendaLines, meeting.Kind).Select(l => (JsonNode)JsonValue.Create(MeetingTexts.In(language).InvitationLine(l)))]),
        };
        AddInitials(turn, stored, data);
        var card = turn.Card(ConfirmationTemplate, data);
        RemoveEmptyLinks(card);
        return card;
    }

    /// <summary>The kind's standard agenda, then the case's current step and its open checklist items (catalogue texts, never a name; no sensitive item: an invitation reaches everyone).</summary>
    public static IReadOnlyList<string> Agenda(ProcessCatalogue catalogue, Case @case, MeetingKind kind)
    {
        var lines = new List<string>(SchedulingTexts.DefaultAgenda(kind));
        if (catalogue.TryGetStep(@case.CurrentStepId, out var step))
        {
            lines.Add(MeetingTexts.CurrentStep(step.Name));
            var done = @case.Checklist.Where(e => e.Status != ChecklistStatus.Open).Select(e => e.ItemId).ToHashSet(StringComparer.Ordinal);
            lines.AddRange(step.ChecklistFor(@case.Track, personal: false).Where(i => !done.Contains(i.Id)).Take(MaxOpenItems).Select(i => i.Text));
        }

        return [.. lines.Select(l => l.Length <= 200 ? l : l[..199] + "…")];
    }

    private static void AddInitials(OzaTurn turn, StoredCase stored, JsonObject data)
    {
        // Initials only in a 1:1 chat; group chats and channels see the case code alone.
        if (turn.IsPersonal && stored.Case.Initials is { } initials)
        {
            data["initials"] = initials;
        }
    }

    private static void RemoveEmptyLinks(JsonObject card)
    {
        foreach (var set in Descendants(card).OfType<JsonObject>().Where(o => (string?)o["type"] == "ActionSet").ToList())
        {
            if (set["actions"] is JsonArray actions)
            {
                foreach (var empty in actions.OfType<JsonObject>().Where(a => (string?)a["type"] == "Action.OpenUrl" && string.IsNullOrEmpty((string?)a["url"])).ToList())
                {
                    actions.Remove(empty);
                }

                if (actions.Count == 0)
                {
                    (set.Parent as JsonArray)?.Remove(set);
                }
            }
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
