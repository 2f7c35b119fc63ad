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

    /// <summary>
    /// Every open case, at its creation (<see cref="Case.CreatedAt"/>): the weekly overview finds the open cases by it.
    /// The time never changes, so an ordinary save of a case leaves its index rows as they are.
    /// </summary>
    Open,
}

/// <summary>One due item found by <see cref="ICaseRepository.DueAsync"/>.</summary>
public sealed record CaseDue(CaseKey Key, CaseDueKind Kind, DateTimeOffset At);
