namespace OzaBot.Domain.Cases.Reporting;

/// <summary>
/// Every case a tenant ever had, as anonymous <see cref="CaseAggregate"/>s: the live cases projected at
/// <c>now</c>, and the aggregates deleted cases left behind (so the figures survive the retention purge).
/// </summary>
public static class TenantAggregates
{
    public static async Task<IReadOnlyList<CaseAggregate>> LoadAsync(ICaseRepository cases, string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var live = await cases.ListByTenantAsync(tenantId, cancellationToken);
        var deleted = await cases.AggregatesAsync(tenantId, cancellationToken);
        return [.. live.Select(c => CaseAggregate.From(c, now)), .. deleted];
    }
}
