using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Content;

/// <summary>
/// One concrete thing to do or check in a step. <see cref="AppliesTo"/> null means every track. A
/// <see cref="Sensitive"/> item's state says something about health or absence (a diagnosis, verzuim,
/// thuiszitten): it is shown and set only in a 1:1 chat, never in a group chat, channel or invitation.
/// </summary>
public sealed record ChecklistItem(string Id, string Text, PartnerRole Who, SourceRef Source, IReadOnlyList<Track>? AppliesTo = null, bool Sensitive = false)
{
    public bool AppliesToTrack(Track track) => AppliesTo is null || AppliesTo.Contains(track);
}

/// <summary>A tool the ZiO stappenplan names for a step (screeningsdocument, persona's, …).</summary>
public sealed record StepTool(string Name, string Text, SourceRef Source);

/// <summary>
/// A step of the OZA five steps or of the ZiO six steps (<see cref="Phase"/> set for ZiO). <see cref="LeadNote"/>
/// describes the regiehouders and betrokkenen in words where roles alone say too little (ZiO).
/// </summary>
public sealed record ProcessStep(
    string Id,
    int Number,
    string Name,
    string Goal,
    IReadOnlyList<PartnerRole> Leads,
    IReadOnlyList<PartnerRole> Participants,
    IReadOnlyList<ChecklistItem> Checklist,
    string Result,
    IReadOnlyList<SourcedText> Tips,
    SourceRef Source,
    int? Phase = null,
    IReadOnlyList<StepTool>? Tools = null,
    string? LeadNote = null)
{
    public IEnumerable<ChecklistItem> ChecklistFor(Track track) => Checklist.Where(i => i.AppliesToTrack(track));

    /// <summary>The items a chat may see: all in a 1:1 chat, the non-sensitive ones anywhere else.</summary>
    public IEnumerable<ChecklistItem> ChecklistFor(Track track, bool personal) => ChecklistFor(track).Where(i => personal || !i.Sensitive);

    /// <summary>The role that is on turn for this step by default.</summary>
    public PartnerRole Lead => Leads.Count > 0 ? Leads[0] : PartnerRole.School;
}

/// <summary>
/// How to use the ZiO steps: the questions to ask at every step, and that the steps are a guide to fit to the
/// local situation, not a fixed mould (ZiO stappenplan, "Hoe gebruik je het?").
/// </summary>
public sealed record ZioGuide(string Note, IReadOnlyList<string> Questions, SourceRef Source);

/// <summary>A ZiO phase (Verkennen, Betrekken, Implementeren) with its expected time span.</summary>
public sealed record ZioPhase(string Id, int Number, string Name, string Goal, string ExpectedDuration, SourceRef Source, int? ExpectedMonths = null);
