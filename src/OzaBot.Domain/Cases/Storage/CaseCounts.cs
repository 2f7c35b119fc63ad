namespace OzaBot.Domain.Cases;

/// <summary>Anonymous counts of a tenant's cases, for reporting: no codes, no ids.</summary>
public sealed record CaseCounts(
    IReadOnlyDictionary<string, int> PerRegion,
    IReadOnlyDictionary<string, int> PerTrack,
    IReadOnlyDictionary<string, int> PerStep,
    IReadOnlyDictionary<string, int> PerOutcome)
{
    public int Total => PerTrack.Values.Sum();
}
