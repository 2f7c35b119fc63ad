namespace OzaBot.BotFramework.Connector;

public sealed class ConnectorOptions
{
    /// <summary>Retries of 429/412/502/504 (Teams' rate-limit guidance: a few, with exponential backoff).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Teams rejects bot messages over 100 KB; we stop at 80 KB as its docs advise.</summary>
    public int MaxMessageBytes { get; set; } = 80 * 1024;
}
