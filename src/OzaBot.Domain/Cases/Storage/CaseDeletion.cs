using System.Security.Cryptography;
using System.Text;

namespace OzaBot.Domain.Cases;

/// <summary>
/// The minimal record a deleted case leaves behind: when, by whom (a pseudonymous user id, or
/// <see cref="Retention"/>) and why. It is kept under a hash of the case code, not the code itself, so no
/// byte of the store spells the deleted case's code, yet "was case X deleted, when and by whom?" can
/// still be answered by whoever knows X.
/// </summary>
public sealed record CaseDeletion(DateTimeOffset At, string By, string Reason)
{
    /// <summary><see cref="By"/> when the retention job purged the case.</summary>
    public const string Retention = "bewaartermijn";

    /// <summary>The reason given when a user deletes a case with "verwijder casus".</summary>
    public const string UserRequest = "verwijderd door gebruiker";

    public static string CodeHash(CaseKey key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.TenantId + "\n" + key.Code)));
}
