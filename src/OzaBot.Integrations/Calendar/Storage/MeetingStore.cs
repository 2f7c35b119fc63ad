using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.State;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Integrations.Calendar.Storage;

/// <summary>
/// The calendar's documents in <see cref="IStorage"/>: one per case, one per organiser (free/busy),
/// one per .ics token. Every change is a read–modify–write guarded by the ETag and retried on a conflict,
/// so two people planning at once never overwrite each other.
/// </summary>
internal sealed class MeetingStore(IStorage storage)
{
    private const int MaxAttempts = 5;

    public async Task<IReadOnlyList<ScheduledMeeting>> ListAsync(string caseCode, CancellationToken cancellationToken) =>
        (await ReadAsync(CaseKey(caseCode), CalendarJsonContext.Default.CaseMeetingsDocument, cancellationToken))?.Document.Meetings ?? [];

    public async Task<ScheduledMeeting?> FindAsync(string caseCode, string meetingId, CancellationToken cancellationToken) =>
        (await ListAsync(caseCode, cancellationToken)).FirstOrDefault(m => m.MeetingId == meetingId);

    /// <summary>Applies <paramref name="change"/> to the case's document and stores it; returns what the change returned.</summary>
    public Task<T> UpdateCaseAsync<T>(string caseCode, Func<CaseMeetingsDocument, T> change, CancellationToken cancellationToken) =>
        UpdateAsync(CaseKey(caseCode), CalendarJsonContext.Default.CaseMeetingsDocument, () => CaseMeetingsDocument.Empty, change, cancellationToken);

    public Task SetBusyAsync(string organizerEmail, string caseCode, string meetingId, IReadOnlyList<TimeSlot>? occurrences, CancellationToken cancellationToken) =>
        UpdateAsync(OrganizerKey(organizerEmail), CalendarJsonContext.Default.OrganizerBusyDocument, () => OrganizerBusyDocument.Empty, document =>
        {
            document.Entries.RemoveAll(e => e.CaseCode == caseCode && e.MeetingId == meetingId);
            if (occurrences is not null)
            {
                document.Entries.Add(new OrganizerBusyEntry(caseCode, meetingId, [.. occurrences]));
            }

            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<TimeSlot>> BusyAsync(string organizerEmail, CancellationToken cancellationToken) =>
        (await ReadAsync(OrganizerKey(organizerEmail), CalendarJsonContext.Default.OrganizerBusyDocument, cancellationToken))?.Document.Entries
            .SelectMany(e => e.Occurrences).ToList() ?? [];

    /// <summary>Stores a new token (create-only, so a token can never be re-pointed).</summary>
    public Task AddFileTokenAsync(string token, string caseCode, string meetingId, CancellationToken cancellationToken) =>
        storage.WriteAsync(FileKey(token), JsonSerializer.Serialize(new CalendarFileTokenDocument(caseCode, meetingId), CalendarJsonContext.Default.CalendarFileTokenDocument), null, cancellationToken);

    public async Task<ScheduledMeeting?> FindByFileTokenAsync(string token, CancellationToken cancellationToken)
    {
        var pointer = await ReadAsync(FileKey(token), CalendarJsonContext.Default.CalendarFileTokenDocument, cancellationToken);
        return pointer is null ? null : await FindAsync(pointer.Value.Document.CaseCode, pointer.Value.Document.MeetingId, cancellationToken);
    }

    /// <summary>Removes the case's meetings document, the .ics tokens of its meetings and its entries in the organisers' busy documents.</summary>
    public async Task ForgetCaseAsync(string caseCode, CancellationToken cancellationToken)
    {
        var meetings = await ListAsync(caseCode, cancellationToken);
        foreach (var meeting in meetings)
        {
            if (meeting.CalendarFileUrl is { } url)
            {
                await storage.DeleteAsync(FileKey(Path.GetFileNameWithoutExtension(url.AbsolutePath)), eTag: null, cancellationToken);
            }
        }

        foreach (var organizer in meetings.Select(m => m.OrganizerEmail).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            await UpdateAsync(OrganizerKey(organizer), CalendarJsonContext.Default.OrganizerBusyDocument, () => OrganizerBusyDocument.Empty,
                document => document.Entries.RemoveAll(e => e.CaseCode == caseCode), cancellationToken);
        }

        await storage.DeleteAsync(CaseKey(caseCode), eTag: null, cancellationToken);
    }

    private Task<T> UpdateAsync<TDocument, T>(string key, JsonTypeInfo<TDocument> type, Func<TDocument> empty, Func<TDocument, T> change, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync(
            async () =>
            {
                // Each attempt re-reads the document and re-applies the change.
                var current = await ReadAsync(key, type, cancellationToken);
                var document = current is { } found ? found.Document : empty();
                var result = change(document);
                await storage.WriteAsync(key, JsonSerializer.Serialize(document, type), current?.ETag, cancellationToken);
                return result;
            },
            MaxAttempts);

    private async Task<(TDocument Document, string ETag)?> ReadAsync<TDocument>(string key, JsonTypeInfo<TDocument> type, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(key, cancellationToken);
        return item is null ? null : (JsonSerializer.Deserialize(item.Json, type) ?? throw new InvalidDataException($"Empty document {key}."), item.ETag);
    }

    private static string CaseKey(string caseCode) => "calendar:case:" + caseCode;

    private static string FileKey(string token) => "calendar:file:" + token;

    /// <summary>Hashed so the key holds no e-mail address and no character a table key forbids.</summary>
    private static string OrganizerKey(string email) =>
        "calendar:organizer:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())))[..32];
}
