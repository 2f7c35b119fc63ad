using OzaBot.Domain.Cases;
using OzaBot.Domain.Cases.Reporting;
using OzaBot.Domain.Content;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// A tenant's dashboard figures from <see cref="TenantAggregates"/>, optionally of one school year and of one
/// organisation (the label a case was given). Only organisations with at least the minimum group size of cases are
/// offered as a filter, so the list itself names none with fewer.
/// </summary>
internal sealed class DashboardData(ICaseRepository cases, ProcessCatalogue catalogue, TimeProvider time)
{
    public sealed record Figures(
        IReadOnlyList<string> SchoolYears, string? SchoolYear, IReadOnlyList<string> Regions, string? Region, IReadOnlyList<DashboardRow> Rows);

    public async Task<Figures> LoadAsync(string tenantId, string? schoolYear, string? region, CancellationToken cancellationToken)
    {
        var all = await TenantAggregates.LoadAsync(cases, tenantId, time.GetUtcNow(), cancellationToken);
        var years = all.Select(SchoolYear.Of).Distinct(StringComparer.Ordinal).OrderDescending(StringComparer.Ordinal).ToList();
        var regions = all.GroupBy(a => a.Region, StringComparer.Ordinal).Where(g => g.Count() >= DashboardFigures.MinimumGroupSize)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var chosenYear = schoolYear is not null && years.Contains(schoolYear, StringComparer.Ordinal) ? schoolYear : null;
        var chosenRegion = region is not null && regions.Contains(region, StringComparer.Ordinal) ? region : null;
        IReadOnlyList<CaseAggregate> selected = [.. all.Where(a => (chosenYear is null || SchoolYear.Of(a) == chosenYear) && (chosenRegion is null || a.Region == chosenRegion))];
        return new Figures(years, chosenYear, regions, chosenRegion, DashboardFigures.Compute(selected, catalogue));
    }
}
