using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Guidance;

/// <summary>What kind of advice; the order is the ranking (most urgent first).</summary>
public enum AdviceKind
{
    OverdueAction,
    Stagnation,
    EvaluationDue,
    RecordMeeting,
    PrepareMeeting,
    PlanMeeting,

    /// <summary>Stagnation before any OZO was held: it is discussed there first (procesafspraken: OZO), so it ranks below planning the OZO.</summary>
    RaiseInOzo,
    Decide,
    UpcomingAction,
    ChecklistItem,
    AdvanceStep,
    NextStepPreview,
}

/// <summary>
/// One piece of advice: <see cref="What"/> to do, <see cref="Why"/> (with the <see cref="Source"/> it rests on),
/// <see cref="Who"/> is on turn and <see cref="When"/> (null: as soon as possible). <see cref="RefId"/> points
/// at the checklist item, action, meeting, financing agreement or step the advice is about, so a card can act on it.
/// <see cref="Meeting"/> is set when the advice is about a kind of meeting.
/// </summary>
public sealed record NextAction(
    AdviceKind Kind,
    string What,
    string Why,
    SourceRef Source,
    PartnerRole Who,
    DateTimeOffset? When,
    string? RefId = null,
    MeetingKind? Meeting = null);

/// <summary>Thresholds of the engine; by default the region's <see cref="ProcessSettings"/>.</summary>
public sealed record NextStepOptions(TimeSpan StagnationPeriod, TimeSpan EvaluationReminder, TimeSpan MeetingPreparation, TimeSpan UpcomingActionWindow)
{
    /// <summary>An action postponed this often and overdue again counts as stagnation (user story: "twee keer verlopen").</summary>
    public int PostponementsBeforeEscalation { get; init; } = 2;

    public static NextStepOptions From(ProcessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(
            TimeSpan.FromDays(settings.StagnationDays),
            TimeSpan.FromDays(settings.EvaluationReminderDays),
            TimeSpan.FromDays(settings.MeetingPreparationDays),
            TimeSpan.FromDays(7));
    }
}
