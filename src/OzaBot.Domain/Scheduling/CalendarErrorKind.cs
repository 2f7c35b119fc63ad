namespace OzaBot.Domain.Scheduling;

/// <summary>Why a calendar call failed; each has a Dutch message in <see cref="SchedulingTexts"/>.</summary>
public enum CalendarErrorKind
{
    /// <summary>Still throttled (429) after the automatic retries.</summary>
    Throttled,

    /// <summary>The calendar service is down or unreachable (5xx, network).</summary>
    Unavailable,

    /// <summary>The app may not use this mailbox (missing consent or RBAC scope).</summary>
    AccessDenied,

    /// <summary>The meeting does not exist (any more).</summary>
    NotFound,

    /// <summary>Only the organiser can change or cancel the meeting.</summary>
    NotOrganizer,

    /// <summary>The request itself is wrong (times, addresses, case code).</summary>
    InvalidRequest,

    /// <summary>The meeting was cancelled already.</summary>
    AlreadyCancelled,

    /// <summary>Delegated mode: the user's sign-in is missing, expired or refused; ask them to sign in again.</summary>
    SignInRequired,

    /// <summary>Anything else.</summary>
    Failed,
}
