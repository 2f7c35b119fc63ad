using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Flows.Export;

/// <summary>
/// "exporteer casus" for an inzageverzoek (AVG art. 15): everything stored about a case — the case with its
/// history, consents and meetings, its links and the access log — as JSON and as a readable Dutch page,
/// at an unguessable link that works for <see cref="Validity"/>. Only a hash of the link's secret is kept
/// (in the case, so deleting the case kills the link); each download renders the case as it is then.
/// </summary>
public sealed class CaseExports(CaseStore cases, CaseExportOptions options, TimeProvider time, RegionTime region, ICalendarService? calendar = null)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);

    public const string RoutePrefix = "export/";

    /// <summary>Adds a link to the case and returns it (without extension) and when it stops working.</summary>
    public async Task<(Uri Link, DateTimeOffset ExpiresAt)?> CreateAsync(StoredCase stored, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expiresAt = actor.At + Validity;
        var update = await cases.UpdateAsync(stored, s =>
        {
            s.Meta.Exports.RemoveAll(e => e.ExpiresAt <= actor.At);
            s.Meta.Exports.Add(new ExportLink(Hash(secret), expiresAt));
            s.Meta.RecordAccess(actor.UserId, actor.At, AccessKind.Exporteren);
            return DomainResult.Ok;
        }, cancellationToken);
        if (!update.Found)
        {
            return null;
        }

        var token = Base64Url(Encoding.UTF8.GetBytes(string.Join('\n', stored.Key.TenantId, stored.Code, secret)));
        return (new Uri(options.BaseUrl, RoutePrefix + token), expiresAt);
    }

    /// <summary>The export behind a link token in "json" or "html"; null when the token is malformed, unknown, expired or its case gone.</summary>
    public async Task<CaseExportFile?> FindAsync(string token, string format, CancellationToken cancellationToken)
    {
        if (Decode(token) is not { } parts || format is not ("json" or "html")
            || await cases.GetAsync(new CaseKey(parts.TenantId, parts.Code), cancellationToken) is not { } stored
            || !stored.Meta.Exports.Exists(e => e.SecretHash == Hash(parts.Secret) && e.ExpiresAt > time.GetUtcNow()))
        {
            return null;
        }

        var meetings = calendar is null ? [] : await calendar.ListAsync(stored.Code, cancellationToken);
        var exportedAt = time.GetUtcNow();
        return format == "json"
            ? new CaseExportFile($"casus-{stored.Code}.json", "application/json; charset=utf-8", Json(stored, meetings, exportedAt))
            : new CaseExportFile($"casus-{stored.Code}.html", "text/html; charset=utf-8", CaseExportHtml.Render(stored, meetings, exportedAt, region));
    }

    private static string Json(StoredCase stored, IReadOnlyList<ScheduledMeeting> meetings, DateTimeOffset exportedAt) => new JsonObject
    {
        ["exportedAt"] = exportedAt,
        ["case"] = JsonSerializer.SerializeToNode(stored.Case, CaseJsonContext.Default.Case),
        ["meta"] = JsonSerializer.SerializeToNode(stored.Meta, CaseJsonContext.Default.CaseMeta),
        ["calendarMeetings"] = JsonSerializer.SerializeToNode(meetings, ExportJsonContext.Default.IReadOnlyListScheduledMeeting),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static (string TenantId, string Code, string Secret)? Decode(string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token)).Split('\n');
            return parts is [var tenant, var code, { Length: 43 } secret] ? (tenant, code, secret) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}

/// <summary>Where export links point: the bot's public address (config <c>Host:PublicBaseUrl</c>).</summary>
public sealed class CaseExportOptions
{
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:3978/");
}

/// <summary>One rendered export.</summary>
public sealed record CaseExportFile(string FileName, string ContentType, string Content);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<ScheduledMeeting>))]
internal sealed partial class ExportJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
