using System.Globalization;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases.Reporting;

/// <summary>
/// The dashboard's figures from anonymous <see cref="CaseAggregate"/>s, with a minimum group size: no count and
/// no lead time rests on fewer than <see cref="MinimumGroupSize"/> cases. Categories below it are merged into
/// one "Overige" cell (with the smallest shown ones until the merged cell reaches the minimum, so no small
/// count can be worked out from the total); a figure whose whole group is too small shows <see cref="SmallCell"/>;
/// fewer cases than the minimum in all shows the total as <see cref="SmallCell"/> and no breakdown at all.
/// </summary>
public static class DashboardFigures
{
    public const int MinimumGroupSize = 5;
    public const string SmallCell = "< 5";

    public const string Cases = "Zaken";
    public const string ByTrack = "Traject";
    public const string ByStep = "Huidige stap (lopende zaken)";
    public const string ByStatus = "Status";
    public const string ByClosedOutcome = "Uitkomst gesloten zaken";
    public const string StepMedian = "Doorlooptijd per stap, mediaan (dagen)";
    public const string StepP80 = "Doorlooptijd per stap, 80e percentiel (dagen)";
    public const string ToActiveren = "Doorlooptijd start tot Activeren (dagen)";
    public const string OverdueByRole = "Acties over tijd, per rol (lopende zaken)";
    public const string FinalUitval = "Eindevaluatie: uitval";
    public const string FinalDoelrealisatie = "Eindevaluatie: doelrealisatie";
    public const string FinalTevredenheid = "Eindevaluatie: tevredenheid, mediaan (1 tot 5)";

    public static IReadOnlyList<DashboardRow> Compute(IReadOnlyList<CaseAggregate> cases, ProcessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (cases.Count < MinimumGroupSize)
        {
            return [new(Cases, "Totaal", SmallCell)];
        }

        var open = cases.Where(c => !c.IsClosed).ToList();
        var closed = cases.Where(c => c.IsClosed).ToList();
        var stepDays = cases.SelectMany(c => CompletedSteps(c).Select(s => (Step: StepName(catalogue, s.StepId), s.Days))).ToList();
        var toActiveren = cases.Where(c => Enum.Parse<Track>(c.Track).IsOza() && c.DaysPerStep.Count > StepIds.Oza.Length - 1)
            .Select(c => c.DaysPerStep.Take(StepIds.Oza.Length - 1).Sum()).ToList();
        return
        [
            new(Cases, "Totaal", Number(cases.Count)),
            .. Counts(ByTrack, cases.Select(c => c.Track)),
            .. Counts(ByStep, open.Where(c => c.Step.Length > 0).Select(c => StepName(catalogue, c.Step))),
            .. Counts(ByStatus, [.. open.Select(_ => "Lopend"), .. closed.Select(_ => "Gesloten")]),
            .. Counts(ByStatus, cases.Where(c => c.Escalated).Select(_ => "Ooit geëscaleerd")),
            .. Counts(ByClosedOutcome, closed.Select(c => c.Outcome)),
            .. Counts(OverdueByRole, open.SelectMany(c => c.OverdueRoles)),
            .. Counts(FinalUitval, cases.Where(c => c.Uitval is not null).Select(c => c.Uitval == true ? "Uitgevallen" : "Niet uitgevallen")),
            .. Counts(FinalDoelrealisatie, cases.Where(c => c.Doelrealisatie is not null).Select(c => AttainmentName(c.Doelrealisatie!.Value))),
            .. Percentiles(FinalTevredenheid, 0.5, [
                .. cases.Where(c => c.TevredenheidOuders is not null).Select(c => ("Ouders", c.TevredenheidOuders!.Value)),
                .. cases.Where(c => c.TevredenheidLeerling is not null).Select(c => ("Leerling", c.TevredenheidLeerling!.Value)),
                .. cases.Where(c => c.TevredenheidSchool is not null).Select(c => ("School", c.TevredenheidSchool!.Value))]),
            .. Percentiles(StepMedian, 0.5, stepDays),
            .. Percentiles(StepP80, 0.8, stepDays),
            .. Percentiles(ToActiveren, 0.5, toActiveren.Select(d => ("Mediaan", d))),
            .. Percentiles(ToActiveren, 0.8, toActiveren.Select(d => ("80e percentiel", d))),
        ];
    }

    /// <summary>The steps a case has finished, with their days: all but the one it is in, and that one too once it closed.</summary>
    private static IEnumerable<(string StepId, int Days)> CompletedSteps(CaseAggregate aggregate)
    {
        var steps = Enum.Parse<Track>(aggregate.Track).IsOza() ? StepIds.Oza : StepIds.Zio;
        var finished = aggregate.IsClosed ? aggregate.DaysPerStep.Count : aggregate.DaysPerStep.Count - 1;
        return aggregate.DaysPerStep.Take(Math.Min(finished, steps.Length)).Select((days, i) => (steps[i], days));
    }

    private static string AttainmentName(GoalAttainment attainment) => attainment switch
    {
        GoalAttainment.Bereikt => "Bereikt",
        GoalAttainment.Gedeeltelijk => "Gedeeltelijk bereikt",
        _ => "Niet bereikt",
    };

    private static string StepName(ProcessCatalogue catalogue, string stepId) =>
        catalogue.TryGetStep(stepId, out var step) ? step.Name : stepId;

    private static IEnumerable<DashboardRow> Counts(string figure, IEnumerable<string> categories)
    {
        var groups = categories.GroupBy(c => c, StringComparer.Ordinal)
            .Select(g => (Category: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Category, StringComparer.Ordinal)
            .ToList();
        var shown = groups.Where(g => g.Count >= MinimumGroupSize).ToList();
        var merged = groups.Where(g => g.Count < MinimumGroupSize).ToList();
        while (merged.Count > 0 && merged.Sum(g => g.Count) < MinimumGroupSize && shown.Count > 0)
        {
            merged.Add(shown[^1]);
            shown.RemoveAt(shown.Count - 1);
        }

        foreach (var (category, count) in shown)
        {
            yield return new(figure, category, Number(count));
        }

        if (merged.Count > 0)
        {
            var sum = merged.Sum(g => g.Count);
            yield return new(figure, "Overige: " + string.Join(", ", merged.Select(g => g.Category).Order(StringComparer.Ordinal)),
                sum < MinimumGroupSize ? SmallCell : Number(sum));
        }
    }

    private static IEnumerable<DashboardRow> Percentiles(string figure, double percentile, IEnumerable<(string Category, int Days)> values) =>
        values.GroupBy(v => v.Category, StringComparer.Ordinal).Select(g =>
        {
            var sorted = g.Select(v => v.Days).Order().ToList();
            return new DashboardRow(figure, g.Key, sorted.Count < MinimumGroupSize ? SmallCell : Number(NearestRank(sorted, percentile)));
        });

    /// <summary>The nearest-rank percentile: the smallest value with at least that share of the values at or below it.</summary>
    private static int NearestRank(List<int> sorted, double percentile) =>
        sorted[(int)Math.Ceiling(percentile * sorted.Count) - 1];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
