using OzaBot.Domain.Cases;
using OzaBot.Domain.Cases.Reporting;
using OzaBot.Domain.Content;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// A tenant's dashboard figures from <see cref="TenantAggregates"/>, optionally of one school year.
/// </summary>
internal sealed class DashboardData(ICaseRepository cases, ProcessCatalogue catalogue, TimeProvider time)
{
    public sealed record Figures(IReadOnlyList<string> SchoolYears, string? SchoolYear, IReadOnlyList<DashboardRow> Rows);

    public async Task<Figures> LoadAsync(string tenantId, string? schoolYear, CancellationToken cancellationToken)
    {
        var all = await TenantAggregates.LoadAsync(cases, tenantId, time.GetUtcNow(), cancellationToken);
        var years = all.Select(SchoolYear.Of).Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal).ToList();
        var chosen = schoolYear is not null && years.Contains(schoolYear, StringComparer.Ordinal) ? schoolYear : null;
        IReadOnlyList<CaseAggregate> selected = chosen is null ? all : [.. all.Where(a => SchoolYear.Of(a) == chosen)];
        return new Figures(years, chosen, DashboardFigures.Compute(selected, catalogue));
    }
}
