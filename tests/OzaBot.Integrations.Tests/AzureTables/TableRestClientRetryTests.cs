using System.Net;
using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>Transient failures scripted by a loopback stand-in; the backoff runs on fake time.</summary>
public sealed class TableRestClientRetryTests : IAsyncLifetime
{
    private static readonly TableRetryOptions Retry = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(3),
    };

    private LoopbackTableService _service = null!;

    public async Task InitializeAsync() => _service = await LoopbackTableService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_503_then_a_dropped_connection_are_retried_with_growing_jittered_backoff()
    {
        _service.Then(ScriptedAnswer.Status(HttpStatusCode.ServiceUnavailable), ScriptedAnswer.Dropped, ScriptedAnswer.Created("W/\"v1\""));
        var time = new ScriptedTimeProvider(TestTableClients.FixedNow);
        using var client = TestTableClients.SharedKey(_service.Endpoint, time, Retry);

        var eTag = await client.InsertEntityAsync(new TableEntity("p", "r"));

        Assert.Equal("W/\"v1\"", eTag);
        Assert.Equal(3, _service.Requests.Count);
        Assert.All(_service.Requests, r => Assert.Equal("POST", r.Method));
        // Each attempt is a new request with its own id.
        Assert.Equal(3, _service.Requests.Select(r => r.Headers["x-ms-client-request-id"]).Distinct().Count());
        var delays = time.Delays;
        Assert.Equal(2, delays.Count);
        Assert.InRange(delays[0], TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.True(delays[1] > delays[0]);
    }

    [Fact]
    public async Task An_attempt_that_gets_no_answer_times_out_and_is_retried()
    {
        _service.Then(ScriptedAnswer.NoAnswer, ScriptedAnswer.Created("W/\"v1\""));
        // The attempt timeout is a wall-clock safety net; a short one keeps this test quick.
        var retry = new TableRetryOptions { MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(300) };
        using var client = TestTableClients.SharedKey(_service.Endpoint, new ScriptedTimeProvider(TestTableClients.FixedNow), retry);

        Assert.Equal("W/\"v1\"", await client.InsertEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(2, _service.Requests.Count);
    }

    [Fact]
    public async Task When_no_attempt_gets_an_answer_the_failure_is_a_timeout()
    {
        _service.Then(ScriptedAnswer.NoAnswer);
        var retry = new TableRetryOptions { MaxRetries = 1, AttemptTimeout = TimeSpan.FromMilliseconds(300) };
        using var client = TestTableClients.SharedKey(_service.Endpoint, new ScriptedTimeProvider(TestTableClients.FixedNow), retry);

        await Assert.ThrowsAsync<TimeoutException>(() => client.GetEntityAsync("p", "r"));
        Assert.Equal(2, _service.Requests.Count);
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_answer_is_reported()
    {
        _service.Then(ScriptedAnswer.Status(HttpStatusCode.ServiceUnavailable, """{"odata.error":{"code":"ServerBusy","message":{"lang":"en-US","value":"busy"}}}"""));
        var time = new ScriptedTimeProvider(TestTableClients.FixedNow);
        using var client = TestTableClients.SharedKey(_service.Endpoint, time, Retry);

        var error = await Assert.ThrowsAsync<TableServiceException>(() => client.GetEntityAsync("p", "r"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(Retry.MaxRetries + 1, _service.Requests.Count);
        Assert.All(time.Delays, d => Assert.True(d <= Retry.MaxDelay));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task Permanent_failures_are_not_retried(HttpStatusCode status)
    {
        _service.Then(ScriptedAnswer.Status(status, "<?xml version=\"1.0\"?><Error><Code>Nope</Code><Message>not allowed</Message></Error>"));
        var time = new ScriptedTimeProvider(TestTableClients.FixedNow);
        using var client = TestTableClients.SharedKey(_service.Endpoint, time, Retry);

        var error = await Assert.ThrowsAsync<TableServiceException>(() => client.UpsertEntityAsync(new TableEntity("p", "r"), TableUpdateMode.Merge));

        Assert.Equal(status, error.Status);
        Assert.Equal("Nope", error.ErrorCode);
        Assert.Single(_service.Requests);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task Cancellation_during_the_backoff_stops_retrying()
    {
        _service.Then(ScriptedAnswer.Status(HttpStatusCode.ServiceUnavailable));
        var time = new ScriptedTimeProvider(TestTableClients.FixedNow, timersFireAtOnce: false); // backoff never ends by itself
        using var client = TestTableClients.SharedKey(_service.Endpoint, time, Retry);
        using var cancellation = new CancellationTokenSource();

        var get = client.GetEntityAsync("p", "r", cancellation.Token);
        while (time.Delays.Count == 0 && !get.IsCompleted)
        {
            await Task.Yield();
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => get);
        Assert.Single(_service.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        using var client = TestTableClients.SharedKey(_service.Endpoint, new ScriptedTimeProvider(TestTableClients.FixedNow), Retry);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetEntityAsync("p", "r", new CancellationToken(canceled: true)));

        Assert.Empty(_service.Requests);
    }

    [Fact]
    public void Backoff_doubles_per_retry_and_is_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(0.5), Retry.DelayFor(0, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(1), Retry.DelayFor(1, jitter: 0));
        Assert.Equal(TimeSpan.FromSeconds(1.5), Retry.DelayFor(2, jitter: 0)); // 4 s capped at MaxDelay 3 s, halved by zero jitter
        Assert.Equal(TimeSpan.FromSeconds(1.5), Retry.DelayFor(10, jitter: 0));
        Assert.True(Retry.DelayFor(10, jitter: 0.999) < Retry.MaxDelay);
    }
}
