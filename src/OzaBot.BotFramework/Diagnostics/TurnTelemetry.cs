using System.Diagnostics;

namespace OzaBot.BotFramework.Diagnostics;

/// <summary>One turn's span ("turn message", …) and metrics; the adapter's error handler marks it failed.</summary>
internal sealed class TurnTelemetry : IDisposable
{
    private readonly Activity? _span;
    private readonly TagList _tags;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string? _failure;

    public TurnTelemetry(Schema.Activity activity)
    {
        var type = BotTelemetry.ActivityType(activity.Type);
        var channel = BotTelemetry.Channel(activity.ChannelId);
        _tags = new TagList { { BotTelemetry.ActivityTypeTag, type }, { BotTelemetry.ChannelTag, channel } };
        // Checked first, as for store calls: the name and the boxed tags would cost an allocation per turn with nobody listening.
        _span = BotTelemetry.Source.HasListeners() ? BotTelemetry.Source.StartActivity("turn " + type, ActivityKind.Internal, parentContext: default, _tags) : null;
    }

    public void Failed(Exception exception) => _failure = exception.GetType().Name;

    public void Dispose()
    {
        var tags = _tags;
        tags.Add(BotTelemetry.OutcomeTag, _failure is null ? "ok" : "failed");
        BotTelemetry.Turns.Add(1, tags);
        BotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        if (_span is not null)
        {
            _span.SetTag(BotTelemetry.OutcomeTag, _failure is null ? "ok" : "failed");
            if (_failure is not null)
            {
                _span.SetStatus(ActivityStatusCode.Error, _failure);
            }

            _span.Dispose();
        }
    }
}
