using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OzaBot.BotFramework.Diagnostics;
using OzaBot.Host.Telemetry;
using OzaBot.Integrations.Diagnostics;

namespace OzaBot.Host.Configuration;

internal static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "OzaBot";

    /// <summary>
    /// OpenTelemetry only when something receives it: Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
    /// is set, OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is; otherwise nothing listens and nothing is exported.
    /// </summary>
    public static IServiceCollection AddOzaBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var applicationInsights = configuration[ConfigurationKeys.ApplicationInsightsConnectionString];
        var otlp = configuration[ConfigurationKeys.OtlpEndpoint];
        if (string.IsNullOrWhiteSpace(applicationInsights) && string.IsNullOrWhiteSpace(otlp))
        {
            return services;
        }

        var telemetry = services.AddTelemetryPipeline();
        if (!string.IsNullOrWhiteSpace(applicationInsights))
        {
            telemetry
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = applicationInsights))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = applicationInsights))
                .WithLogging(logging => logging.AddAzureMonitorLogExporter(o => o.ConnectionString = applicationInsights));
        }

        if (!string.IsNullOrWhiteSpace(otlp))
        {
            // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _PROTOCOL, _HEADERS) itself.
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// Traces (turns, store calls, HTTP in and out, Graph included), metrics and logs, every one scrubbed before
    /// an exporter sees it (<see cref="TelemetryScrubber"/>). Exporters are added by the caller.
    /// </summary>
    public static OpenTelemetryBuilder AddTelemetryPipeline(this IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name, IntegrationsTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/readyz"))
                .AddHttpClientInstrumentation()
                .AddProcessor(sp => new SpanScrubbingProcessor(Scrubber(sp))))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, IntegrationsTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddView(_ => new MetricStreamConfiguration { TagKeys = TelemetryScrubber.MetricTagKeys }))
            .WithLogging(
                logging => logging.AddProcessor(sp => new LogScrubbingProcessor(Scrubber(sp))),
                options => options.IncludeFormattedMessage = true);

    private static TelemetryScrubber Scrubber(IServiceProvider services) => new(services.GetRequiredService<TimeProvider>());
}
