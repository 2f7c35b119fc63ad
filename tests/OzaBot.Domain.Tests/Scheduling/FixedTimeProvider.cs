namespace OzaBot.Domain.Tests.Scheduling;

/// <summary>Fake time for the slot finder: "now" is whatever the test says.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
