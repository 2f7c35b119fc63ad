using System.Globalization;

namespace OzaBot.Domain.Cases.Reporting;

/// <summary>School years run from August to July: "2026-09" belongs to "2026-2027".</summary>
public static class SchoolYear
{
    public static string Of(string month)
    {
        var date = DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);
        var start = date.Month >= 8 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{start}-{start + 1}");
    }

    /// <summary>A case counts in the school year it started; aggregates kept before the start month was recorded, in the year they closed.</summary>
    public static string Of(CaseAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return Of(aggregate.StartedMonth.Length > 0 ? aggregate.StartedMonth : aggregate.ClosedMonth);
    }
}
