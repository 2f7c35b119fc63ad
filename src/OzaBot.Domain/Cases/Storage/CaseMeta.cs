namespace OzaBot.Domain.Cases;

/// <summary>
/// What is kept beside the domain <see cref="Case"/>: the tenant it belongs to, the responsible
/// organisation (a non-identifying schoolbestuur / samenwerkingsverband label, also the region of the
/// reports), the conversations it is linked to (whose members share it) and the last plan card sent in
/// each conversation (to update it for everyone).
/// </summary>
public sealed class CaseMeta
{
    public string TenantId { get; set; } = "";

    /// <summary>The responsible organisation (schoolbestuur or samenwerkingsverband), as the user named it.</summary>
    public string Label { get; set; } = "";

    public List<string> ConversationIds { get; set; } = [];

    /// <summary>conversation id → activity id of the plan card the bot sent there.</summary>
    public Dictionary<string, string> PlanCards { get; set; } = [];

    /// <summary>The live export links (only a hash of each link's secret, and until when it works).</summary>
    public List<ExportLink> Exports { get; set; } = [];

    /// <summary>Who (a pseudonymous user id) read or changed the case, when: once per user, kind and day.</summary>
    public List<AccessEntry> AccessLog { get; set; } = [];

    /// <summary>
    /// The keys of the last changes turns made (<c>activity id#n</c>): a turn that runs again after a conflict
    /// on its conversation state recognises the change its discarded attempt already saved here.
    /// </summary>
    public List<string> AppliedChanges { get; set; } = [];

    /// <summary>Enough for every change a retried turn can still be re-running.</summary>
    private const int AppliedChangesKept = 20;

    public void RecordApplied(string changeKey)
    {
        AppliedChanges.Add(changeKey);
        if (AppliedChanges.Count > AppliedChangesKept)
        {
            AppliedChanges.RemoveRange(0, AppliedChanges.Count - AppliedChangesKept);
        }
    }

    /// <summary>Adds an access line unless this user already has one of this kind today; true when the log changed (and needs saving).</summary>
    public bool RecordAccess(string userId, DateTimeOffset at, AccessKind kind)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        if (string.IsNullOrEmpty(userId) || AccessLog.Exists(a => a.UserId == userId && a.Kind == kind && DateOnly.FromDateTime(a.At.UtcDateTime) == day))
        {
            return false;
        }

        AccessLog.Add(new AccessEntry(at, userId, kind));
        return true;
    }
}

/// <summary>An export link: the SHA-256 of its secret (the link itself is never stored) and its end.</summary>
public sealed record ExportLink(string SecretHash, DateTimeOffset ExpiresAt);

public enum AccessKind
{
    Inzien,
    Wijzigen,
    Exporteren,
}

/// <summary>One line of the access log: when, who (pseudonymous), what kind of access.</summary>
public sealed record AccessEntry(DateTimeOffset At, string UserId, AccessKind Kind);
