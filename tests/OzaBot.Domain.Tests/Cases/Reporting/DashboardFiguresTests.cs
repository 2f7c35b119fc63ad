using OzaBot.Domain.Cases;
using OzaBot.Domain.Cases.Reporting;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Tests.Cases.Reporting;

public sealed class DashboardFiguresTests
{
    private static readonly ProcessCatalogue Catalogue = ProcessCatalogue.Default;

    private static CaseAggregate Oza(string outcome, params int[] daysPerStep) =>
        new("Regio", nameof(Track.OzaIndividueel), outcome, "2027-01", daysPerStep.Sum(), daysPerStep, "2026-09", StepIds.Oza[daysPerStep.Length - 1]);

    private static CaseAggregate Zio() =>
        new("Regio", nameof(Track.ZioRegio), CaseIndex.Running, "2027-01", 3, [3], "2026-09", StepIds.ZioDataInventariseren);

    [Fact]
    public void The_eindevaluaties_give_uitval_doelrealisatie_and_median_tevredenheid_per_party_each_needing_five()
    {
        // Six arrangements closed by their eindevaluatie: one uitval; doelen reached by four; ouders scored 2..5,
        // the school 3..5; the leerling scored only four times (too few for a median).
        OutcomeScores[] outcomes =
        [
            new(false, GoalAttainment.Bereikt, 4, 4, 5), new(false, GoalAttainment.Bereikt, 5, 3, 4), new(false, GoalAttainment.Bereikt, 3, 5, 4),
            new(false, GoalAttainment.Bereikt, 4, 2, 3), new(false, GoalAttainment.Gedeeltelijk, 2, null, 5), new(true, GoalAttainment.NietBereikt, 5, null, 4),
        ];
        var aggregates = outcomes.Select(scores =>
        {
            var c = CaseFixture.OzaAt(StepIds.OzaActiveren);
            CaseFixture.Ok(c.RecordFinalEvaluation(Catalogue, scores, CaseFixture.Now));
            return CaseAggregate.From(new StoredCase(c, new CaseMeta { TenantId = "t", Label = "Regio" }), CaseFixture.T0.AddDays(1));
        }).ToList();

        var rows = DashboardFigures.Compute(aggregates, Catalogue);

        Assert.Equal(
            [new(DashboardFigures.FinalUitval, "Overige: Niet uitgevallen, Uitgevallen", "6")],
            rows.Where(r => r.Figure == DashboardFigures.FinalUitval));
        Assert.Equal(
            [new(DashboardFigures.FinalDoelrealisatie, "Overige: Bereikt, Gedeeltelijk bereikt, Niet bereikt", "6")],
            rows.Where(r => r.Figure == DashboardFigures.FinalDoelrealisatie));
        Assert.Equal(
            [new(DashboardFigures.FinalTevredenheid, "Ouders", "4"), new(DashboardFigures.FinalTevredenheid, "Leerling", DashboardFigures.SmallCell), new(DashboardFigures.FinalTevredenheid, "School", "4")],
            rows.Where(r => r.Figure == DashboardFigures.FinalTevredenheid));
    }

    [Fact]
    public void A_tenant_with_fewer_than_five_cases_shows_no_breakdown_only_that_there_are_fewer_than_five()
    {
        var rows = DashboardFigures.Compute([Oza(CaseIndex.Running, 4), Oza(nameof(CloseReason.Overig), 9), Zio()], Catalogue);

        Assert.Equal([new DashboardRow(DashboardFigures.Cases, "Totaal", "< 5")], rows);
    }

    [Fact]
    public void Small_categories_are_merged_with_the_smallest_shown_one_until_no_small_count_can_be_worked_out_from_the_total()
    {
        // Six OZA and two ZiO: showing "OzaIndividueel 6" beside the total 8 would reveal the 2.
        List<CaseAggregate> cases = [.. Enumerable.Repeat(Oza(CaseIndex.Running, 4), 6), Zio(), Zio()];

        var byTrack = DashboardFigures.Compute(cases, Catalogue).Where(r => r.Figure == DashboardFigures.ByTrack);

        Assert.Equal([new DashboardRow(DashboardFigures.ByTrack, "Overige: OzaIndividueel, ZioRegio", "8")], byTrack);
    }

    [Fact]
    public void Lead_times_are_the_nearest_rank_median_and_80th_percentile_of_finished_steps_and_need_five_cases()
    {
        // Five reached Activeren (Verkennen took 1..5 days, three more steps 10 days each); three are still in Verkennen.
        List<CaseAggregate> cases =
        [
            .. Enumerable.Range(1, 5).Select(d => Oza(CaseIndex.Running, d, 10, 10, 10, 7)),
            .. Enumerable.Repeat(Oza(CaseIndex.Running, 2), 3),
        ];

        var rows = DashboardFigures.Compute(cases, Catalogue);

        string Value(string figure, string category) => rows.Single(r => r.Figure == figure && r.Category == category).Value;
        var verkennen = Catalogue.Step(StepIds.OzaVerkennen).Name;
        Assert.Equal("3", Value(DashboardFigures.StepMedian, verkennen));
        Assert.Equal("4", Value(DashboardFigures.StepP80, verkennen));
        Assert.Equal("10", Value(DashboardFigures.StepMedian, Catalogue.Step(StepIds.OzaArrangeren).Name));
        Assert.Equal("33", Value(DashboardFigures.ToActiveren, "Mediaan"));
        Assert.Equal("34", Value(DashboardFigures.ToActiveren, "80e percentiel"));
        Assert.DoesNotContain(rows, r => r.Category == Catalogue.Step(StepIds.OzaActiveren).Name && r.Figure == DashboardFigures.StepMedian);
    }

    [Fact]
    public void A_lead_time_of_fewer_than_five_cases_is_not_shown()
    {
        List<CaseAggregate> cases = [Oza(nameof(CloseReason.DoelenBereikt), 30), .. Enumerable.Repeat(Oza(CaseIndex.Running, 2), 5)];

        var rows = DashboardFigures.Compute(cases, Catalogue);

        Assert.Equal("< 5", rows.Single(r => r.Figure == DashboardFigures.StepMedian).Value);
    }

    [Theory]
    [InlineData("2026-07", "2025-2026")]
    [InlineData("2026-08", "2026-2027")]
    [InlineData("2027-01", "2026-2027")]
    public void A_school_year_runs_from_August_to_July(string month, string schoolYear) =>
        Assert.Equal(schoolYear, SchoolYear.Of(month));

    [Fact]
    public void An_aggregate_kept_before_the_start_month_was_recorded_counts_in_the_year_it_closed() =>
        Assert.Equal("2025-2026", SchoolYear.Of(new CaseAggregate("Regio", nameof(Track.OzaGroep), nameof(CloseReason.Overig), "2026-03", 5, [5])));
}
