using System.Diagnostics;
using System.Diagnostics.Metrics;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.Diagnostics;

/// <summary>
/// Traces and metrics of the stores and Microsoft Graph (the host decides whether OpenTelemetry listens).
/// Tags carry fixed words only: the store, the operation, the outcome, an HTTP status — never a key or an id.
/// </summary>
public static class IntegrationsTelemetry
{
    public const string Name = "OzaBot.Integrations";

    public const string StoreTag = "ozabot.store";
    public const string OperationTag = "ozabot.operation";
    public const string OutcomeTag = "ozabot.outcome";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ReminderKindTag = "ozabot.reminder.kind";

    private static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>(
        "ozabot.storage.duration", "s", "Store operations and how long they took, by store (state, cases), operation and outcome (ok, conflict, error).");

    private static readonly Counter<long> GraphErrorCount = Meter.CreateCounter<long>("ozabot.graph.errors", description: "Microsoft Graph calls that failed after the SDK's retries, by operation and HTTP status.");

    /// <summary>Reminders sent to a conversation; for the reminder job to increment (by kind), so operators see them next to the turns.</summary>
    public static Counter<long> RemindersSent { get; } = Meter.CreateCounter<long>("ozabot.reminders.sent", description: "Reminders sent, by kind.");

    /// <summary>Runs one store call as a child span ("state read", "cases save", …) and records its duration and outcome.</summary>
    internal static async Task<T> StoreCallAsync<T>(string store, string operation, Func<Task<T>> call)
    {
        var tags = new TagList { { StoreTag, store }, { OperationTag, operation } };
        // Checked first: the span's name and the boxed tags cost an allocation on every call even with nobody listening.
        using var span = Source.HasListeners() ? Source.StartActivity(store + " " + operation, ActivityKind.Client, parentContext: default, tags) : null;
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await call();
            outcome = "ok";
            return result;
        }
        catch (StorageConflictException)
        {
            outcome = "conflict";
            throw;
        }
        finally
        {
            tags.Add(OutcomeTag, outcome);
            StorageDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            span?.SetTag(OutcomeTag, outcome);
            if (outcome == "error")
            {
                span?.SetStatus(ActivityStatusCode.Error);
            }
        }
    }

    internal static async Task StoreCallAsync(string store, string operation, Func<Task> call) =>
        await StoreCallAsync(store, operation, async () =>
        {
            await call();
            return true;
        });

    internal static void GraphError(string operation, string status) =>
        GraphErrorCount.Add(1, new KeyValuePair<string, object?>(OperationTag, operation), new KeyValuePair<string, object?>(StatusCodeTag, status));
}
