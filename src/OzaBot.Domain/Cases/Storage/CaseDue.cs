namespace OzaBot.Domain.Cases;

/// <summary>What a due query looks for.</summary>
public enum CaseDueKind
{
    /// <summary>The case's next evaluation date.</summary>
    Evaluation,

    /// <summary>An open action's due date.</summary>
    Action,

    /// <summary>The start of a planned meeting.</summary>
    Meeting,

    /// <summary>When the joint plan of a case in Ontwikkelen is expected (<see cref="Case.PlanExpectedAt"/>).</summary>
    PlanAgreement,

    /// <summary>Every open case, at its last change (<see cref="Case.LastChangedAt"/>): the weekly overview finds the open cases by it.</summary>
    LastChange,
}

/// <summary>One due item found by <see cref="ICaseRepository.DueAsync"/>.</summary>
public sealed record CaseDue(CaseKey Key, CaseDueKind Kind, DateTimeOffset At);
