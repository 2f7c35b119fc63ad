using System.Diagnostics;
using System.Diagnostics.Metrics;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Diagnostics;

/// <summary>
/// The protocol layer's traces and metrics, on the BCL's <see cref="ActivitySource"/> and <see cref="Meter"/>
/// (the host decides whether OpenTelemetry listens). Tags carry only values this class chose from a fixed set:
/// an activity type or channel id from the wire that is not a known one becomes "other".
/// </summary>
public static class BotTelemetry
{
    public const string Name = "OzaBot.BotFramework";

    public const string ActivityTypeTag = "ozabot.activity.type";
    public const string ChannelTag = "ozabot.channel";
    public const string OutcomeTag = "ozabot.outcome";
    public const string StatusCodeTag = "http.response.status_code";

    private static readonly HashSet<string> KnownTypes = new(
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke, ActivityTypes.Typing,
         ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.EndOfConversation, ActivityTypes.Event],
        StringComparer.Ordinal);

    private static readonly HashSet<string> KnownChannels = new(["msteams", "emulator", "webchat", "directline", "test"], StringComparer.Ordinal);

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>("ozabot.turns", description: "Turns run, by activity type, channel and outcome (ok, failed).");

    internal static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("ozabot.turn.duration", "s", "How long a turn ran, replies included.");

    internal static readonly Counter<long> DuplicateActivities = Meter.CreateCounter<long>("ozabot.activities.duplicates", description: "Activities delivered again after they were processed (on this instance or another); answered, not run.");

    internal static readonly Counter<long> StateConflicts = Meter.CreateCounter<long>("ozabot.state.conflicts", description: "Turns that lost an ETag race on conversation state, by outcome (retried, gave_up).");

    internal static readonly Counter<long> ConnectorErrors = Meter.CreateCounter<long>("ozabot.connector.errors", description: "Bot Connector calls that failed after retries, by HTTP status.");

    internal static string ActivityType(string? type) => type is not null && KnownTypes.Contains(type) ? type : "other";

    internal static string Channel(string? channelId) => channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";
}
