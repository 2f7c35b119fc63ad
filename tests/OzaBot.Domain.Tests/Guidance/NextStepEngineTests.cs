using Microsoft.Extensions.Time.Testing;
using OzaBot.Testing.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Vocabulary;
using static OzaBot.Domain.Tests.Cases.CaseFixture;

namespace OzaBot.Domain.Tests.Guidance;

public class NextStepEngineTests
{
    private static readonly NextStepEngine Engine = new(Catalogue);

    private static readonly string[] SeedDocuments =
        ["nji-5-stappen", "nji-dossier-oza", "nji-handreiking-gesprekskader", "zio-stappenplan", "procesafspraken-oza"];

    public static TheoryData<Track, string> AllSteps()
    {
        var data = new TheoryData<Track, string>();
        foreach (var id in StepIds.Oza)
        {
            data.Add(Track.OzaIndividueel, id);
            data.Add(Track.OzaGroep, id);
        }

        foreach (var id in StepIds.Zio)
        {
            data.Add(Track.ZioSchool, id);
            data.Add(Track.ZioRegio, id);
        }

        return data;
    }

    private static Case CaseAt(Track track, string stepId) => track.IsOza() ? OzaAt(stepId, track) : ZioAt(stepId, track);

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void Every_step_lists_its_open_checklist_items_with_source_who_and_a_preview_of_the_next_step(Track track, string stepId)
    {
        var c = CaseAt(track, stepId);
        var advice = Engine.Advise(c, T0.AddDays(1));
        var step = Catalogue.Step(stepId);

        // Every open item once: as a checklist item, or ranked higher as a decision (financing first in Ontwikkelen).
        var items = advice.Where(a => a.Kind is AdviceKind.ChecklistItem or AdviceKind.Decide && a.RefId is not null).Select(a => a.RefId).Order().ToList();
        Assert.Equal(step.ChecklistFor(track).Select(i => i.Id).Order(), items);
        Assert.All(advice, a =>
        {
            Assert.Contains(a.Source.Document, SeedDocuments);
            Assert.False(string.IsNullOrWhiteSpace(a.What));
            Assert.False(string.IsNullOrWhiteSpace(a.Why));
        });
        var next = Catalogue.NextStep(track, stepId);
        var preview = advice.SingleOrDefault(a => a.Kind == AdviceKind.NextStepPreview);
        Assert.Equal(next?.Id, preview?.RefId);
        Assert.DoesNotContain(advice, a => a.Kind == AdviceKind.AdvanceStep);
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void When_a_step_is_complete_the_engine_proposes_the_next_step_or_the_missing_decision(Track track, string stepId)
    {
        var c = CaseAt(track, stepId);
        CompleteCurrentStep(c, Now);
        var advice = Engine.Advise(c, T0.AddDays(1));
        Assert.DoesNotContain(advice, a => a.Kind == AdviceKind.ChecklistItem);
        var next = Catalogue.NextStep(track, stepId);
        var canAdvance = c.CanAdvance(Catalogue).IsOk;
        Assert.Equal(canAdvance, advice.Any(a => a.Kind == AdviceKind.AdvanceStep && a.RefId == next!.Id));
        if (next is not null && !canAdvance)
        {
            Assert.Contains(advice, a => a.Kind is AdviceKind.Decide or AdviceKind.PlanMeeting);
        }
    }

    [Fact]
    public void An_open_sensitive_item_is_advised_without_its_subject_because_advice_is_shown_in_group_chats()
    {
        var advice = Engine.Advise(New(), T0.AddDays(1));

        var diagnose = advice.Single(a => a.RefId == "oza.verkennen.diagnose");
        Assert.Equal(RefusalTexts.Dutch.SensitiveItem, diagnose.What);
        Assert.DoesNotContain(advice, a => a.What.Contains("Diagnose", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Circumstances_bring_the_leerplichtambtenaar_the_consulent_and_the_Variawet_route_forward_until_they_are_involved()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        Assert.DoesNotContain(Engine.Advise(c, T0.AddDays(1)), a => a.What == GuidanceTexts.Dutch.LeerplichtWhat);

        Ok(c.SetCircumstance(Circumstance.Thuiszitten, true, Now));
        Ok(c.SetCircumstance(Circumstance.AfwijkingOnderwijstijd, true, Now));
        var advice = Engine.Advise(c, T0.AddDays(1));
        var leerplicht = advice.Single(a => a.What == GuidanceTexts.Dutch.LeerplichtWhat);
        Assert.Equal(("procesafspraken-oza", "Onderwijs Zorgoverleg (OZO)"), (leerplicht.Source.Document, leerplicht.Source.Section));
        Assert.Contains(advice, a => a.What == GuidanceTexts.Dutch.ConsulentWhat && a.Source.Section == "Inzet onderwijs (zorg)consulenten");
        Assert.Contains(advice, a => a.What == GuidanceTexts.Dutch.VariawetWhat && a.Source.Section == "1. Beleidsontwikkelingen – Variawet");
        Assert.DoesNotContain(advice, a => a.What.Contains("thuis", StringComparison.OrdinalIgnoreCase)); // shown in group chats too

        Ok(c.AddPartner(PartnerRole.Leerplicht, null, null, Now));
        Ok(c.SetCircumstance(Circumstance.Thuiszitten, false, Now));
        Ok(c.SetCircumstance(Circumstance.Vrijstelling, true, Now));
        var after = Engine.Advise(c, T0.AddDays(1));
        Assert.DoesNotContain(after, a => a.What == GuidanceTexts.Dutch.LeerplichtWhat || a.What == GuidanceTexts.Dutch.ConsulentWhat);
    }

    [Fact]
    public void Verkennen_asks_for_the_support_level_first_among_decisions()
    {
        var advice = Engine.Advise(New(), T0.AddDays(1));
        var decide = advice.First(a => a.Kind == AdviceKind.Decide);
        Assert.Equal(GuidanceTexts.Dutch.SupportLevelWhat, decide.What);
        Assert.Equal("3. Wat is een oza? – Niveaus van ondersteuning", decide.Source.Section);
    }

    [Fact]
    public void Betrekken_proposes_the_ozo_convened_by_the_school_until_one_is_planned_then_preparation_when_near()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var plan = Engine.Advise(c, T0.AddDays(1)).Single(a => a.Kind == AdviceKind.PlanMeeting);
        Assert.Equal((MeetingKind.Ozo, PartnerRole.School, "Onderwijs Zorgoverleg (OZO)"), (plan.Meeting!.Value, plan.Who, plan.Source.Section));

        var start = T0.AddDays(10);
        var id = Ok(c.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.School, PartnerRole.Ouders], Now));
        Assert.DoesNotContain(Engine.Advise(c, T0.AddDays(1)), a => a.Kind is AdviceKind.PlanMeeting or AdviceKind.PrepareMeeting);
        var prepare = Engine.Advise(c, start.AddDays(-3)).Single(a => a.Kind == AdviceKind.PrepareMeeting);
        Assert.Equal((id, start), (prepare.RefId, prepare.When));
        var record = Engine.Advise(c, start.AddHours(2)).Single(a => a.Kind == AdviceKind.RecordMeeting);
        Assert.Equal(id, record.RefId);
    }

    [Fact]
    public void Ontwikkelen_asks_for_one_procesregisseur_and_a_goal_then_to_agree_the_plan()
    {
        var c = OzaAt(StepIds.OzaOntwikkelen);
        var decisions = Engine.Advise(c, T0.AddDays(1)).Where(a => a.Kind == AdviceKind.Decide).Select(a => a.What).ToList();
        Assert.Equal([GuidanceTexts.Dutch.FinancingFirstWhat, GuidanceTexts.Dutch.ProcesregisseurWhat, GuidanceTexts.Dutch.GoalsWhat], decisions);
        Assert.DoesNotContain(Engine.Advise(c, T0.AddDays(1)), a => a.Kind == AdviceKind.ChecklistItem && a.RefId == "oza.ontwikkelen.financiering-eerst");

        Ok(c.AddFinancing(Financer.Samenwerkingsverband, "Extra begeleiding", new DateOnly(2026, 12, 1), null, Now));
        Assert.DoesNotContain(Engine.Advise(c, T0.AddDays(1)), a => a.What == GuidanceTexts.Dutch.FinancingFirstWhat);

        Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        Ok(c.ChooseGoals([OzaGoal.Versterken], Now));
        var agree = Engine.Advise(c, T0.AddDays(1)).Single(a => a.Kind == AdviceKind.Decide);
        Assert.Equal((GuidanceTexts.Dutch.AgreePlanWhat, PartnerRole.Procesregisseur), (agree.What, agree.Who));

        var checklistOwner = Engine.Advise(c, T0.AddDays(1)).First(a => a.RefId == "oza.ontwikkelen.plan-inhoud");
        Assert.Equal(PartnerRole.Procesregisseur, checklistOwner.Who);
    }

    [Fact]
    public void Before_a_procesregisseur_exists_the_school_is_on_turn_for_regisseur_items()
    {
        var c = OzaAt(StepIds.OzaOntwikkelen);
        var item = Engine.Advise(c, T0.AddDays(1)).First(a => a.RefId == "oza.ontwikkelen.plan-inhoud");
        Assert.Equal(PartnerRole.School, item.Who);
    }

    [Fact]
    public void Arrangeren_asks_each_financer_for_its_own_decision_after_the_plan()
    {
        var c = OzaAt(StepIds.OzaArrangeren);
        var gemeente = Ok(c.AddFinancing(Financer.Gemeente, "Jeugdhulp in de klas", new DateOnly(2026, 9, 1), null, Now));
        var swv = Ok(c.AddFinancing(Financer.Samenwerkingsverband, "Extra begeleiding", new DateOnly(2026, 9, 1), null, Now));
        var advice = Engine.Advise(c, T0.AddDays(1));

        var beschikking = advice.Single(a => a.RefId == gemeente);
        Assert.Equal(("Vraag de beschikking jeugdhulp aan bij de gemeente", PartnerRole.Gebiedsteam, "Gezamenlijke financiering"), (beschikking.What, beschikking.Who, beschikking.Source.Section));
        var arrangement = advice.Single(a => a.RefId == swv);
        Assert.Equal(("Vraag het arrangement of de TLV aan bij het samenwerkingsverband", PartnerRole.Samenwerkingsverband), (arrangement.What, arrangement.Who));
        Assert.DoesNotContain("beschikking", arrangement.What, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Activeren_reminds_to_plan_the_evaluation_then_to_record_it_when_due()
    {
        var c = OzaAt(StepIds.OzaActiveren); // first evaluation at T0 + 90 days
        var due = T0.AddDays(90);
        Assert.DoesNotContain(Engine.Advise(c, T0.AddDays(30)), a => a.Meeting == MeetingKind.Evaluatie);

        var reminder = Engine.Advise(c, due.AddDays(-5)).Single(a => a.Meeting == MeetingKind.Evaluatie);
        Assert.Equal((AdviceKind.PlanMeeting, PartnerRole.Procesregisseur, due), (reminder.Kind, reminder.Who, reminder.When));

        var record = Engine.Advise(c, due.AddHours(1))[0];
        Assert.Equal((AdviceKind.EvaluationDue, GuidanceTexts.Dutch.RecordEvaluationWhat), (record.Kind, record.What));
        Assert.Equal("6. Gesprekskader – 6. Outcome", record.Source.Section);
    }

    [Fact]
    public void Overdue_actions_come_first_soonest_due_first_and_upcoming_ones_later()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var late = Ok(c.AddAction("Aanvraag indienen", PartnerRole.Gebiedsteam, T0.AddDays(3), Now));
        var later = Ok(c.AddAction("OPP bijwerken", PartnerRole.School, T0.AddDays(5), Now));
        var soon = Ok(c.AddAction("Ouders bellen", PartnerRole.School, T0.AddDays(12), Now));
        var advice = Engine.Advise(c, T0.AddDays(8));

        Assert.Equal([late, later], advice.Take(2).Select(a => a.RefId));
        Assert.All(advice.Take(2), a => Assert.Equal(AdviceKind.OverdueAction, a.Kind));
        Assert.Equal(PartnerRole.Gebiedsteam, advice[0].Who);
        Assert.Equal("Gezamenlijk plan", advice[0].Source.Section);
        Assert.Contains(advice, a => a.Kind == AdviceKind.UpcomingAction && a.RefId == soon);
    }

    [Fact]
    public void Stagnation_beyond_the_configured_period_after_an_OZO_proposes_the_actietafel()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var ozo = Ok(c.PlanMeeting(MeetingKind.Ozo, T0.AddHours(1), T0.AddHours(2), [PartnerRole.School, PartnerRole.Ouders], Now));
        Ok(c.MarkMeetingHeld(ozo, At(T0.AddHours(3))));
        var period = TimeSpan.FromDays(Catalogue.Settings.StagnationDays);
        Assert.False(Stalled(Engine.Advise(c, T0.AddHours(3) + period - TimeSpan.FromHours(1))));

        var top = Engine.Advise(c, T0.AddHours(3) + period)[0];
        Assert.Equal((AdviceKind.Stagnation, GuidanceTexts.Dutch.ActietafelWhat, MeetingKind.Actietafel), (top.Kind, top.What, top.Meeting!.Value));
        Assert.Equal(("procesafspraken-oza", "Regionale actietafel"), (top.Source.Document, top.Source.Section));
        Assert.Contains("Al 6 weken geen voortgang (regionale instelling: na 6 weken", top.Why, StringComparison.Ordinal);
        Assert.Equal(PartnerRole.School, top.Who);
    }

    [Fact]
    public void The_stagnation_period_is_configurable()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var quick = new NextStepEngine(Catalogue, new NextStepOptions(TimeSpan.FromDays(10), TimeSpan.FromDays(7), TimeSpan.FromDays(7), TimeSpan.FromDays(7)));
        Assert.True(Stalled(quick.Advise(c, T0.AddDays(10))));
        Assert.False(Stalled(Engine.Advise(c, T0.AddDays(10))));
    }

    [Fact]
    public void A_running_arrangement_stagnates_only_when_its_evaluation_is_overdue_beyond_the_period()
    {
        var c = OzaAt(StepIds.OzaActiveren); // evaluation planned at T0 + 90 days
        var period = TimeSpan.FromDays(Catalogue.Settings.StagnationDays);
        Assert.False(Stalled(Engine.Advise(c, T0.AddDays(89))));
        Assert.False(Stalled(Engine.Advise(c, T0.AddDays(90) + period - TimeSpan.FromHours(1))));
        Assert.True(Stalled(Engine.Advise(c, T0.AddDays(90) + period)));
    }

    [Fact]
    public void Progress_resets_the_stagnation_clock()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        Ok(c.SetChecklistItem(Catalogue, "oza.betrekken.partners-gekozen", ChecklistStatus.Gedaan, At(T0.AddDays(30))));
        Assert.False(Stalled(Engine.Advise(c, T0.AddDays(50))));
    }

    [Fact]
    public void Stagnation_before_any_OZO_is_raised_in_the_OZO_below_planning_it_and_the_weeks_are_the_regions_setting()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var advice = Engine.Advise(c, T0.AddDays(60));

        Assert.DoesNotContain(advice, a => a.Kind == AdviceKind.Stagnation || a.Meeting == MeetingKind.Actietafel);
        var raise = advice.Single(a => a.Kind == AdviceKind.RaiseInOzo);
        Assert.Equal((GuidanceTexts.Dutch.RaiseInOzoWhat, PartnerRole.School, "procesafspraken-oza"), (raise.What, raise.Who, raise.Source.Document));
        Assert.Contains("regionale instelling", raise.Why, StringComparison.Ordinal);
        Assert.True(advice.ToList().FindIndex(a => a.Kind == AdviceKind.PlanMeeting && a.Meeting == MeetingKind.Ozo) < advice.ToList().IndexOf(raise));
    }

    [Fact]
    public void After_an_OZO_an_action_postponed_twice_and_overdue_again_proposes_the_actietafel()
    {
        var c = OzaAt(StepIds.OzaArrangeren);
        var a = Ok(c.AddAction("Beschikking regelen", PartnerRole.Gebiedsteam, T0.AddDays(2), Now));
        Ok(c.PostponeAction(a, T0.AddDays(4), Now));
        Ok(c.PostponeAction(a, T0.AddDays(6), Now));
        Assert.StartsWith(GuidanceTexts.Dutch.PostponedSignal, Engine.Advise(c, T0.AddDays(7)).Single(x => x.Kind == AdviceKind.RaiseInOzo).Why, StringComparison.Ordinal);

        var ozo = Ok(c.PlanMeeting(MeetingKind.Ozo, T0.AddHours(1), T0.AddHours(2), [PartnerRole.School, PartnerRole.Ouders], Now));
        Ok(c.MarkMeetingHeld(ozo, At(T0.AddHours(3))));
        var stagnation = Engine.Advise(c, T0.AddDays(7)).Single(x => x.Kind == AdviceKind.Stagnation);
        Assert.Equal((GuidanceTexts.Dutch.ActietafelWhat, PartnerRole.Procesregisseur, MeetingKind.Actietafel), (stagnation.What, stagnation.Who, stagnation.Meeting));
        Assert.Equal(GuidanceTexts.Dutch.PostponedSignal + " " + GuidanceTexts.Dutch.ActietafelWhy, stagnation.Why);
    }

    [Fact]
    public void Once_escalated_the_engine_asks_to_plan_the_actietafel_instead_of_proposing_it_again()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var late = T0.AddDays(60);
        Ok(c.Escalate(EscalationLevel.Actietafel, EscalationReason.Stagnatie, null, At(T0.AddDays(1))));
        var advice = Engine.Advise(c, late);
        Assert.DoesNotContain(advice, a => a.Kind == AdviceKind.Stagnation);
        var plan = advice.Single(a => a.What == GuidanceTexts.Dutch.PlanActietafelWhat);
        Assert.Equal(MeetingKind.Actietafel, plan.Meeting);

        Consents.ForPlan(c, At(late), PartnerRole.Gebiedsteam);
        Ok(c.PlanMeeting(MeetingKind.Actietafel, late.AddDays(3), late.AddDays(3).AddHours(1), [PartnerRole.Samenwerkingsverband, PartnerRole.Gebiedsteam, PartnerRole.Leerplicht], At(late)));
        var after = Engine.Advise(c, late);
        Assert.DoesNotContain(after, a => a.What == GuidanceTexts.Dutch.PlanActietafelWhat);
        Assert.Contains(after, a => a.Kind == AdviceKind.PrepareMeeting && a.Meeting == MeetingKind.Actietafel);
    }

    [Fact]
    public void Zio_is_flagged_in_months_only_when_phases_one_and_two_run_past_a_year_and_the_projectgroep_only_from_step_four()
    {
        var early = ZioAt(StepIds.ZioDataAnalyseren);
        Assert.False(Stalled(Engine.Advise(early, T0.AddDays(200))));
        var late = Engine.Advise(early, T0.AddDays(400)).Single(a => a.Kind == AdviceKind.Stagnation);
        Assert.Equal((GuidanceTexts.Dutch.ZioStagnationEarlyWhat, (MeetingKind?)null, "zio-stappenplan"), (late.What, late.Meeting, late.Source.Document));
        Assert.Contains("13 maanden", late.Why, StringComparison.Ordinal);

        var withGroup = Engine.Advise(ZioAt(StepIds.ZioInrichtenSamenwerking), T0.AddDays(400)).Single(a => a.Kind == AdviceKind.Stagnation);
        Assert.Equal((GuidanceTexts.Dutch.ZioStagnationWhat, (MeetingKind?)MeetingKind.Projectgroep), (withGroup.What, withGroup.Meeting));
        Assert.False(Stalled(Engine.Advise(ZioAt(StepIds.ZioOntwikkelingImplementatie), T0.AddDays(1000)))); // phase 3 takes years
    }

    [Fact]
    public void Zio_step_four_proposes_the_projectgroep_and_the_preview_announces_phase_three()
    {
        var c = ZioAt(StepIds.ZioInrichtenSamenwerking);
        var advice = Engine.Advise(c, T0.AddDays(1));
        var plan = advice.Single(a => a.Kind == AdviceKind.PlanMeeting);
        Assert.Equal((MeetingKind.Projectgroep, PartnerRole.Regiehouder), (plan.Meeting!.Value, plan.Who));
        var preview = advice.Single(a => a.Kind == AdviceKind.NextStepPreview);
        Assert.Contains("fase 3 (Implementeren)", preview.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_case_has_no_advice_and_the_same_input_gives_the_same_list()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        Ok(c.AddAction("x", PartnerRole.School, T0.AddDays(1), Now));
        var time = new FakeTimeProvider(T0.AddDays(50));
        Assert.Equal(Engine.Advise(c, time), Engine.Advise(c, T0.AddDays(50)));
        Ok(c.Close(CloseReason.Overig, Now));
        Assert.Empty(Engine.Advise(c, T0.AddDays(50)));
    }

    [Fact]
    public void Ranking_follows_the_kind_order()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        Ok(c.AddAction("x", PartnerRole.School, T0.AddDays(1), Now));
        var kinds = Engine.Advise(c, T0.AddDays(50)).Select(a => a.Kind).ToList();
        Assert.Equal(kinds.Order(), kinds);
        Assert.Equal([AdviceKind.OverdueAction, AdviceKind.PlanMeeting, AdviceKind.RaiseInOzo], kinds.Distinct().Take(3));
    }

    private static bool Stalled(IEnumerable<NextAction> advice) => advice.Any(a => a.Kind is AdviceKind.Stagnation or AdviceKind.RaiseInOzo);
}
