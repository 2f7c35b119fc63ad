using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OzaBot.Host.Configuration;
using OzaBot.Host.Tests.EndToEnd;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Operations;

/// <summary>
/// The host's OpenTelemetry pipeline with in-memory exporters, through a whole conversation on Kestrel in which
/// the user types a name, a phone number and e-mail addresses, in a conversation whose id is known: the turns,
/// store calls, HTTP calls and metrics are there, and not one of those data in any span, metric or log record.
/// </summary>
[Collection(TelemetryTests.Collection)]
public sealed class TelemetryTests
{
    /// <summary>An OpenTelemetry provider listens to every host in the process: the tests that install one run one at a time.</summary>
    public const string Collection = "Telemetry";

    private const string ConversationId = "a:privacy-7Qk2mZ9w";
    private const string FreeText = "Jan Jansen belt 0612345678 en mailt jan.jansen@example.nl";

    [Fact]
    public async Task A_whole_conversation_is_traced_and_measured_without_a_single_personal_datum()
    {
        List<Activity> spans = [];
        List<MetricSnapshot> metrics = [];
        List<LogRecord> logs = [];
        await using var channel = await ChannelStandIn.StartAsync();
        var bot = await RunningBot.StartAsync(
            ["--Bot:AllowUnauthenticated=true", "--Logging:LogLevel:Default=Information"],
            builder => builder.Services.AddTelemetryPipeline()
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(m => m.AddInMemoryExporter(metrics))
                .WithLogging(logging => logging.AddInMemoryExporter(logs)));
        var chat = new ChatClient(bot, channel, ConversationId);

        await Journeys.CreateCaseAsync(chat);
        await chat.SayAsync(FreeText);
        var ics = await Journeys.PlanOzoAsync(chat);
        Assert.True((await bot.Http.GetAsync(ics)).IsSuccessStatusCode);
        FlushTelemetry(bot.Services);
        await bot.DisposeAsync();

        var exported = Exported(spans, metrics, logs);
        string[] personal =
        [
            ConversationId, "Jan Jansen", "Jansen", "0612345678", "jan.jansen@example.nl", "ib@school.example.nl", "zorg@school.example.nl",
            Path.GetFileNameWithoutExtension(ics.AbsolutePath), "De Linde", FreeText,
        ];
        Assert.All(personal, datum => Assert.DoesNotContain(datum, exported, StringComparison.OrdinalIgnoreCase));

        var turn = spans.First(s => s.DisplayName == "turn message");
        Assert.Equal("msteams", turn.GetTagItem("ozabot.channel"));
        Assert.Contains(spans, s => s.DisplayName == "state read" && s.ParentSpanId == turn.SpanId);
        Assert.Contains(spans, s => s.DisplayName == "cases load");
        Assert.Contains(spans, s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.Contains("/_connector/v3/conversations/{id}/activities", StringComparison.Ordinal) == true);
        Assert.Contains(metrics, m => m.Name == "ozabot.turns");
        Assert.Contains(metrics, m => m.Name == "ozabot.storage.duration");
        Assert.NotEmpty(logs);
    }

    /// <summary>Exports everything still buffered (batches, metric readers) now, instead of relying on shutdown timing.</summary>
    internal static void FlushTelemetry(IServiceProvider services)
    {
        const int timeoutMilliseconds = 30_000;
        Assert.True(services.GetRequiredService<TracerProvider>().ForceFlush(timeoutMilliseconds));
        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush(timeoutMilliseconds));
        Assert.True(services.GetRequiredService<LoggerProvider>().ForceFlush(timeoutMilliseconds));
    }

    private static string Exported(List<Activity> spans, List<MetricSnapshot> metrics, List<LogRecord> logs)
    {
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.AppendLine(span.DisplayName).AppendLine(span.StatusDescription);
            Append(text, span.TagObjects);
            Append(text, span.Events.SelectMany(e => e.Tags));
        }

        foreach (var metric in metrics)
        {
            text.AppendLine(metric.Name);
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    text.Append(tag.Key).Append('=').AppendLine(tag.Value?.ToString());
                }
            }
        }

        foreach (var log in logs)
        {
            text.AppendLine(log.FormattedMessage).AppendLine(log.Body).AppendLine(log.Exception?.ToString());
            Append(text, log.Attributes ?? []);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, IEnumerable<KeyValuePair<string, object?>> tags)
    {
        foreach (var (key, value) in tags)
        {
            text.Append(key).Append('=').AppendLine(value?.ToString());
        }
    }
}
