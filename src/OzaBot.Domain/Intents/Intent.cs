using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Intents;

/// <summary>What a user asks for in free text.</summary>
public enum Intent
{
    None,
    NextStep,
    NewCase,
    PlanMeeting,
    ShowPlan,
    StartStep,
    Evaluate,
    FinalEvaluation,
    Gesprekskader,
    Escalate,
    Help,
    Cancel,
    ListCases,
    SwitchCase,
    AddPartner,
    AddAction,
    CloseCase,
    DeleteCase,
    ExportCase,
    AgreePlan,
    RecordFinancing,
    RecordConsent,
    WithdrawConsent,
    RecordCircumstance,
}

/// <summary>
/// The recognised intent with what else the text named: the kind of meeting (PlanMeeting; null when not said),
/// the step (StartStep: a step id when named, a number for "stap 3", neither for "ga naar de volgende stap"),
/// and a case code found anywhere in the text.
/// </summary>
public sealed record IntentMatch(Intent Intent, MeetingKind? Meeting = null, string? StepId = null, int? StepNumber = null, string? CaseCode = null)
{
    public static IntentMatch None { get; } = new(Intent.None);
}
