using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace OzaBot.Host.Telemetry;

/// <summary>Scrubs every span before any exporter sees it: its name, status description and every attribute.</summary>
internal sealed class SpanScrubbingProcessor(TelemetryScrubber scrubber) : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        data.DisplayName = scrubber.ScrubText(data.DisplayName);
        if (data.StatusDescription is { } description)
        {
            data.SetStatus(data.Status, scrubber.ScrubText(description));
        }

        foreach (var tag in data.TagObjects.ToList())
        {
            data.SetTag(tag.Key, scrubber.Scrub(tag.Key, tag.Value));
        }
    }
}

/// <summary>
/// Scrubs every log record before any exporter sees it: message, template and attributes. An exception is
/// kept as its type and scrubbed message only (its message may name an id or a path).
/// </summary>
internal sealed class LogScrubbingProcessor(TelemetryScrubber scrubber) : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        data.FormattedMessage = data.FormattedMessage is { } message ? scrubber.ScrubText(message) : null;
        data.Body = data.Body is { } body ? scrubber.ScrubText(body) : null;
        var attributes = (data.Attributes ?? []).Select(a => new KeyValuePair<string, object?>(a.Key, scrubber.Scrub(a.Key, a.Value))).ToList();
        if (data.Exception is { } exception)
        {
            attributes.Add(new("exception.type", exception.GetType().FullName));
            attributes.Add(new("exception.message", scrubber.ScrubText(exception.Message)));
            data.Exception = null;
        }

        data.Attributes = attributes;
    }
}
