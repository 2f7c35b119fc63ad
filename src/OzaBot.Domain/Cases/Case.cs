using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OzaBot.Domain.Content;
using OzaBot.Domain.Privacy;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

/// <summary>
/// One OZA or ZiO trajectory, known only by its random <see cref="Code"/>. All changes go through
/// transition methods that either apply the change (and append a history line, bump
/// <see cref="Revision"/>) or refuse it with a Dutch reason. Stored as one JSON document
/// (<see cref="CaseJsonContext"/>); optimistic concurrency is the store's ETag, while
/// <see cref="Revision"/> lets a card detect that it was built from an older state.
/// </summary>
public sealed partial class Case
{
    private const int MaxTextLength = 200;

    private List<ChecklistEntry> checklist = [];
    private List<OzaGoal> goals = [];
    private List<Partner> partners = [];
    private List<CaseAction> actions = [];
    private List<Meeting> meetings = [];
    private List<FinancingAgreement> financing = [];
    private List<Evaluation> evaluations = [];
    private List<Escalation> escalations = [];
    private List<ConsentRecord> consents = [];
    private List<Circumstance> circumstances = [];
    private List<HistoryEntry> history = [];
    private List<JointPlan> planVersions = [];
    private List<StepNote> notes = [];

    [JsonConstructor]
    internal Case()
    {
    }

    [JsonInclude] public string Code { get; internal set; } = "";

    [JsonInclude] public string? Initials { get; internal set; }

    [JsonInclude] public Track Track { get; internal set; }

    [JsonInclude] public CaseStatus Status { get; internal set; }

    /// <summary>Opaque id of the user who opened the case.</summary>
    [JsonInclude] public string OwnerUserId { get; internal set; } = "";

    [JsonInclude] public DateTimeOffset CreatedAt { get; internal set; }

    [JsonInclude] public string CurrentStepId { get; internal set; } = "";

    [JsonInclude] public DateTimeOffset StepStartedAt { get; internal set; }

    /// <summary>The last moment the case moved forward; the next-step engine measures stagnation from here.</summary>
    [JsonInclude] public DateTimeOffset LastProgressAt { get; internal set; }

    /// <summary>Bumped on every accepted change.</summary>
    [JsonInclude] public int Revision { get; internal set; }

    /// <summary>Counter for short ids of the parts (a1, m2, …), unique within the case.</summary>
    [JsonInclude] public int Sequence { get; internal set; }

    [JsonInclude] public SupportLevel? SupportLevel { get; internal set; }

    [JsonInclude] public DateTimeOffset? PlanAgreedAt { get; internal set; }

    /// <summary>The joint plan as last agreed; null until agreed, and again while it is reopened after an evaluation.</summary>
    [JsonInclude] public JointPlan? JointPlan { get; internal set; }

    /// <summary>Every agreed version of the joint plan, oldest first (the current one last).</summary>
    [JsonInclude] public IReadOnlyList<JointPlan> PlanVersions { get => planVersions; internal set => planVersions = [.. value]; }

    [JsonInclude] public DateTimeOffset? NextEvaluationAt { get; internal set; }

    [JsonInclude] public DateTimeOffset? ClosedAt { get; internal set; }

    [JsonInclude] public CloseReason? CloseReason { get; internal set; }

    [JsonInclude] public IReadOnlyList<ChecklistEntry> Checklist { get => checklist; internal set => checklist = [.. value]; }

    [JsonInclude] public IReadOnlyList<OzaGoal> Goals { get => goals; internal set => goals = [.. value]; }

    [JsonInclude] public IReadOnlyList<Partner> Partners { get => partners; internal set => partners = [.. value]; }

    [JsonInclude] public IReadOnlyList<CaseAction> Actions { get => actions; internal set => actions = [.. value]; }

    [JsonInclude] public IReadOnlyList<Meeting> Meetings { get => meetings; internal set => meetings = [.. value]; }

    [JsonInclude] public IReadOnlyList<FinancingAgreement> Financing { get => financing; internal set => financing = [.. value]; }

    [JsonInclude] public IReadOnlyList<Evaluation> Evaluations { get => evaluations; internal set => evaluations = [.. value]; }

    [JsonInclude] public IReadOnlyList<Escalation> Escalations { get => escalations; internal set => escalations = [.. value]; }

    [JsonInclude] public IReadOnlyList<ConsentRecord> Consents { get => consents; internal set => consents = [.. value]; }

    [JsonInclude] public IReadOnlyList<Circumstance> Circumstances { get => circumstances; internal set => circumstances = [.. value]; }

    /// <summary>Notes on the steps, oldest first.</summary>
    [JsonInclude] public IReadOnlyList<StepNote> Notes { get => notes; internal set => notes = [.. value]; }

    /// <summary>Append-only: who changed what, when.</summary>
    [JsonInclude] public IReadOnlyList<HistoryEntry> History { get => history; internal set => history = [.. value]; }

    [JsonIgnore] public bool IsClosed => Status == CaseStatus.Gesloten;

    /// <summary>When anything about the case last changed (its newest history entry).</summary>
    [JsonIgnore] public DateTimeOffset LastChangedAt => history.Count > 0 ? history[^1].At : CreatedAt;

    [JsonIgnore] public Partner? Procesregisseur => partners.FirstOrDefault(p => p.Role == PartnerRole.Procesregisseur);

    /// <summary>Opens a case at the first step of its track with a fresh random case code.</summary>
    public static DomainResult<Case> Open(ProcessCatalogue catalogue, Track track, string? initials, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (string.IsNullOrWhiteSpace(actor.UserId))
        {
            return DomainResult.Refused(Refusals.UserMissing);
        }

        if (CheckInitials(initials) is { IsRefused: true } refused)
        {
            return refused;
        }

        var c = new Case
        {
            Code = CaseCodes.New(zio: !track.IsOza()),
            Initials = NormaliseInitials(initials),
            Track = track,
            Status = CaseStatus.Actief,
            OwnerUserId = actor.UserId,
            CreatedAt = actor.At,
            CurrentStepId = catalogue.FirstStep(track).Id,
            StepStartedAt = actor.At,
            LastProgressAt = actor.At,
        };
        c.Commit(actor, CaseTexts.History.Opened);
        return DomainResult.Success(c);
    }

    /// <summary>Refuses a submit built from an older state of the case (a stale card).</summary>
    public DomainResult CheckRevision(int seenRevision) =>
        seenRevision == Revision ? DomainResult.Ok : DomainResult.Refused(Refusals.Stale);

    public DomainResult SetInitials(string? initials, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (CheckInitials(initials) is { IsRefused: true } invalid)
        {
            return invalid;
        }

        Initials = NormaliseInitials(initials);
        return Commit(actor, CaseTexts.History.Initials);
    }

    public DomainResult Close(CloseReason reason, Actor actor)
    {
        if (IsClosed)
        {
            return DomainResult.Refused(Refusals.AlreadyClosed);
        }

        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        CloseNow(reason, actor);
        return Commit(actor, CaseTexts.History.Closed, progress: true);
    }

    private void CloseNow(CloseReason reason, Actor actor)
    {
        Status = CaseStatus.Gesloten;
        ClosedAt = actor.At;
        CloseReason = reason;
    }

    /// <summary>Common checks for every change: case open, a user, no identifying data in any text (<see cref="PersonalData"/>).</summary>
    private DomainResult Guard(Actor actor, params string?[] texts)
    {
        if (IsClosed)
        {
            return DomainResult.Refused(Refusals.Closed);
        }

        if (string.IsNullOrWhiteSpace(actor.UserId))
        {
            return DomainResult.Refused(Refusals.UserMissing);
        }

        var today = DateOnly.FromDateTime(actor.At.UtcDateTime);
        return texts.Select(t => PersonalData.Find(t, today)).FirstOrDefault(k => k is not null) is { } kind
            ? DomainResult.Refused(Refusals.PersonalData(kind))
            : DomainResult.Ok;
    }

    /// <summary><see cref="Guard"/> plus a required, short description.</summary>
    private DomainResult GuardText(Actor actor, string? text, bool required = true)
    {
        if (Guard(actor, text) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            return DomainResult.Refused(Refusals.TextMissing);
        }

        return text is { Length: > MaxTextLength } ? DomainResult.Refused(Refusals.TextTooLong) : DomainResult.Ok;
    }

    private DomainResult Commit(Actor actor, string what, bool progress = false)
    {
        history.Add(new HistoryEntry(actor.At, actor.UserId, what));
        Revision++;
        if (progress)
        {
            LastProgressAt = actor.At;
        }

        return DomainResult.Ok;
    }

    private string NextId(string prefix) => prefix + (++Sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Initials are 1–4 letters with optional dots, nothing else (checked as soon as they are typed).</summary>
    public static DomainResult CheckInitials(string? initials)
    {
        if (string.IsNullOrWhiteSpace(initials))
        {
            return DomainResult.Ok;
        }

        if (BsnDetector.ContainsBsn(initials))
        {
            return DomainResult.Refused(Refusals.Bsn);
        }

        return InitialsPattern().IsMatch(initials.Trim()) ? DomainResult.Ok : DomainResult.Refused(Refusals.InitialsInvalid);
    }

    private static string? NormaliseInitials(string? initials) =>
        string.IsNullOrWhiteSpace(initials) ? null : initials.Trim().ToUpperInvariant();

    // At most four letters, each optionally followed by a dot: "JB", "J.B.", "a.b.c.".
    [GeneratedRegex(@"^(\p{L}\.?){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsPattern();
}
