using System.Text.Json;
using System.Text.Json.Serialization;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Json;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.State;

/// <summary>
/// The message and invoke activities a conversation has processed, kept in its state and saved with it. Teams
/// delivers an activity again when the bot is slow, and a load balancer may hand the copy to another instance:
/// whichever instance saves the conversation first wins, the other's save conflicts, and its re-run finds the
/// activity here and stops. A repeated invoke gets the response the first one got.
/// </summary>
internal sealed class ProcessedActivities
{
    /// <summary>How long an activity id is remembered: Teams re-sends within minutes, never a day later.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    /// <summary>Bounds the record in a busy chat: far more than Teams re-sends in a day.</summary>
    public const int MaxEntries = 200;

    /// <summary>Only the latest invokes keep their response (a card can be tens of kilobytes).</summary>
    public const int MaxResponses = 3;

    public List<ProcessedActivity> Entries { get; set; } = [];

    /// <summary>The activities the record is about: what a user sent or clicked, with an id.</summary>
    public static bool Applies(Activity activity) =>
        !string.IsNullOrEmpty(activity.Id) && activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;

    public ProcessedActivity? Find(string id) => Entries.Find(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>Records an activity as processed (with its invoke response) and forgets what expired or no longer fits.</summary>
    public void Add(string id, InvokeResponse? response, DateTimeOffset now)
    {
        Entries.RemoveAll(e => now - e.At >= Window);
        Entries.Add(new ProcessedActivity(id, now, response?.Status, response?.Body));
        if (Entries.Count > MaxEntries)
        {
            Entries.RemoveRange(0, Entries.Count - MaxEntries);
        }

        var withResponse = 0;
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (Entries[i].Body is not null && ++withResponse > MaxResponses)
            {
                Entries[i] = Entries[i] with { Body = null };
            }
        }
    }
}

/// <summary>One processed activity; for an invoke its response status and (while among the latest) its body.</summary>
internal sealed record ProcessedActivity(string Id, DateTimeOffset At, int? Status = null, JsonElement? Body = null)
{
    /// <summary>What a repeated invoke is answered: the first response, or "already done" once its body was dropped.</summary>
    public InvokeResponse Response(string? locale) => Body is null
        ? Cards.CardMessage.TextResponse(StateTexts.AlreadyProcessed(locale))
        : new InvokeResponse(Status ?? 200, Body);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(RawJsonElementConverter)])]
[JsonSerializable(typeof(ProcessedActivities))]
internal sealed partial class ProcessedActivitiesJsonContext : JsonSerializerContext;
