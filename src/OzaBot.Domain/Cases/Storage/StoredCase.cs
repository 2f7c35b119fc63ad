namespace OzaBot.Domain.Cases;

/// <summary>
/// A case as a repository holds it: the case, what is kept beside it, and the version it was read at
/// (<see cref="ETag"/>: opaque, <c>null</c> for a case that has not been saved yet).
/// </summary>
public sealed record StoredCase(Case Case, CaseMeta Meta, string? ETag = null)
{
    public string Code => Case.Code;

    public CaseKey Key => new(Meta.TenantId, Case.Code);
}
