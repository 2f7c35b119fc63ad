using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OzaBot.Domain.Cases;

namespace OzaBot.Domain.Reminders;

/// <summary>One reminder's identity: the case, what about, and the (local) date it is about. Sent at most once.</summary>
public sealed record ReminderKey(CaseKey Case, ReminderKind Kind, DateOnly Due)
{
    /// <summary>
    /// The key of its idempotency record in the store. The case appears only as a SHA-256 of tenant and code,
    /// so the records left behind by a deleted case do not spell its code.
    /// </summary>
    public string StorageKey(string conversationId)
    {
        var caseHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Case.TenantId + "/" + Case.Code + "/" + conversationId)));
        return $"reminders/sent/{caseHash}/{Kind}/{Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The idempotency record of a conversation's weekly overview: one per conversation and week (its Monday).</summary>
    public static string OverviewStorageKey(string tenantId, string conversationId, DateOnly week)
    {
        var conversationHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenantId + "/" + conversationId)));
        return $"reminders/overview/{conversationHash}/{week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }
}
