namespace OzaBot.Domain.Cases;

/// <summary>
/// How a stored case is addressed: its tenant and its code. Every repository call takes the tenant, so
/// one tenant can never load, list or count another tenant's cases, by construction.
/// </summary>
public readonly record struct CaseKey(string TenantId, string Code)
{
    public override string ToString() => TenantId + "/" + Code;
}
