using System.Security.Cryptography;
using System.Text;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Deterministic identifiers per meeting. The transactionId is a GUID derived from case code and
/// meeting id, so every retry of the same create (by the SDK's RetryHandler or by the user) carries the
/// same one and Graph skips the duplicate. The extended property lets us find an event whose create
/// answer was lost, to remove it.
/// </summary>
internal static class GraphMeetingIds
{
    public const string ExtensionName = "nl.ozabot.case";

    /// <summary>A named MAPI property under one fixed GUID for the app (graph-calendar.md §3).</summary>
    public const string ExtendedPropertyId = "String {6f1c2b8e-3c1e-4b5a-9d3f-2a7e0c4d9b11} Name OzaBotMeeting";

    public static string MeetingKey(string caseCode, string meetingId) => $"{caseCode}/{meetingId}";

    public static string TransactionId(string caseCode, string meetingId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("ozabot-meeting|" + MeetingKey(caseCode, meetingId)));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    public static string ExtendedPropertyFilter(string caseCode, string meetingId) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{ExtendedPropertyId}' and ep/value eq '{MeetingKey(caseCode, meetingId)}')";
}
