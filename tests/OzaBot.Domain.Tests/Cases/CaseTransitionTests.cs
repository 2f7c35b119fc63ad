using OzaBot.Testing.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using static OzaBot.Domain.Tests.Cases.CaseFixture;

namespace OzaBot.Domain.Tests.Cases;

public class CaseTransitionTests
{
    private static readonly EvaluationProgress Progress = new(ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.Goed, ProgressRating.Zorgelijk);

    public static TheoryData<string> OzaSteps => [.. StepIds.Oza];

    public static TheoryData<string> ZioSteps => [.. StepIds.Zio];

    [Fact]
    public void A_new_case_starts_at_the_first_step_with_a_random_code_and_a_history_line()
    {
        var oza = New(Track.OzaGroep, "jb");
        Assert.Equal(StepIds.OzaVerkennen, oza.CurrentStepId);
        Assert.True(CaseCodes.IsValid(oza.Code));
        Assert.Equal("JB", oza.Initials);
        Assert.Equal(1, oza.Revision);
        Assert.Equal(CaseTexts.History.Opened, oza.History.Single().What);
        Assert.Equal(StepIds.ZioDataInventariseren, New(Track.ZioRegio).CurrentStepId);
        Assert.StartsWith("ZIO-", New(Track.ZioSchool).Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jan de Vries")]
    [InlineData("ABCDE")]
    [InlineData("J1")]
    public void Names_and_other_non_initials_are_refused(string initials)
    {
        var result = Case.Open(Catalogue, Track.OzaIndividueel, initials, Now);
        Assert.Equal(Refusals.InitialsInvalid, result.Reason);
    }

    [Theory]
    [MemberData(nameof(OzaSteps))]
    public void Every_oza_step_refuses_to_advance_while_its_checklist_is_open(string stepId)
    {
        var c = OzaAt(stepId);
        var open = c.OpenChecklistItems(Catalogue);
        var result = c.AdvanceStep(Catalogue, Now);
        Assert.True(result.IsRefused);
        Assert.Equal(stepId, c.CurrentStepId);
        if (stepId == StepIds.OzaActiveren)
        {
            Assert.Equal(Refusals.LastStep, result.Reason);
        }
        else
        {
            Assert.Equal((RefusalCode.ChecklistOpen, stepId), (result.Reason!.Code, result.Reason.StepId));
            Assert.Contains(open[0].Id, result.Reason.ItemIds!);
            Assert.StartsWith("Stap " + Catalogue.Step(stepId).Name + " is nog niet rond", RefusalTexts.Dutch.Say(result.Reason, Catalogue), StringComparison.Ordinal);
            Assert.Contains(open[0].Text, RefusalTexts.Dutch.Say(result.Reason, Catalogue), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ZioSteps))]
    public void Every_zio_step_advances_only_when_its_checklist_is_done(string stepId)
    {
        var c = ZioAt(stepId);
        var next = Catalogue.NextStep(Track.ZioSchool, stepId);
        Assert.True(c.AdvanceStep(Catalogue, Now).IsRefused);
        CompleteCurrentStep(c, Now);
        var result = c.AdvanceStep(Catalogue, Now);
        Assert.Equal(next is not null, result.IsOk);
        Assert.Equal(next?.Id ?? stepId, c.CurrentStepId);
    }

    [Fact]
    public void Not_applicable_items_count_as_settled()
    {
        var c = New();
        foreach (var item in c.OpenChecklistItems(Catalogue))
        {
            Ok(c.SetChecklistItem(Catalogue, item.Id, item.Id.EndsWith("diagnose", StringComparison.Ordinal) ? ChecklistStatus.NietVanToepassing : ChecklistStatus.Gedaan, Now));
        }

        Ok(c.ChooseSupportLevel(SupportLevel.Basis, Now));
        Ok(c.AdvanceStep(Catalogue, Now));
        Assert.Equal(StepIds.OzaBetrekken, c.CurrentStepId);
    }

    [Fact]
    public void Verkennen_needs_a_support_level_before_betrekken()
    {
        var c = New();
        CompleteCurrentStep(c, Now);
        Assert.Equal(Refusals.SupportLevelMissing, c.AdvanceStep(Catalogue, Now).Reason);
    }

    [Fact]
    public void Ontwikkelen_needs_the_joint_plan_which_needs_a_procesregisseur_and_a_goal()
    {
        var c = OzaAt(StepIds.OzaOntwikkelen);
        CompleteCurrentStep(c, Now);
        Assert.Equal(Refusals.PlanMissing, c.AdvanceStep(Catalogue, Now).Reason);
        Assert.Equal(Refusals.NoProcesregisseur, c.AgreeJointPlan(PlanDrafts.Valid(Now.At), Now).Reason);
        Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        Assert.Equal(Refusals.GoalsMissing, c.ChooseGoals([], Now).Reason);
        Ok(c.AgreeJointPlan(PlanDrafts.Valid(Now.At) with { Doelstellingen = [OzaGoal.Versterken] }, Now));
        Ok(c.AdvanceStep(Catalogue, Now));
        Assert.Equal(StepIds.OzaArrangeren, c.CurrentStepId);
        Assert.Equal([OzaGoal.Versterken], c.Goals);
    }

    [Fact]
    public void An_agreed_plan_can_be_revised_at_any_time_as_a_new_version_and_the_first_stays_in_the_history()
    {
        var c = OzaAt(StepIds.OzaArrangeren);
        var first = c.JointPlan!;
        Ok(c.AgreeJointPlan(PlanDrafts.Valid(Now.At) with { Doelstellingen = [OzaGoal.Opbouwen, OzaGoal.Terugleiden] }, Now));

        Assert.Equal(2, c.JointPlan!.Version);
        Assert.Equal([first, c.JointPlan], c.PlanVersions);
        Assert.Equal([OzaGoal.Terugleiden, OzaGoal.Opbouwen], c.Goals);
        Assert.Equal(StepIds.OzaArrangeren, c.CurrentStepId);
    }

    [Theory]
    [InlineData(StepIds.OzaVerkennen)]
    [InlineData(StepIds.OzaBetrekken)]
    public void The_joint_plan_cannot_be_agreed_before_ontwikkelen(string stepId)
    {
        var c = OzaAt(stepId);
        Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        Ok(c.ChooseGoals([OzaGoal.Opbouwen], Now));
        Assert.Equal(Refusals.PlanNotYet, c.AgreeJointPlan(PlanDrafts.Valid(Now.At), Now).Reason);
    }

    [Fact]
    public void Activeren_starts_with_the_first_evaluation_date_the_plan_names()
    {
        var c = OzaAt(StepIds.OzaArrangeren);
        CompleteCurrentStep(c, Now);
        Assert.Equal(Now.At.AddDays(42), c.NextEvaluationAt);
        Assert.Equal(Refusals.InPast, c.ScheduleNextEvaluation(T0.AddDays(-1), Now).Reason);
        Ok(c.ScheduleNextEvaluation(T0.AddDays(60), Now));
        Ok(c.AdvanceStep(Catalogue, Now));
        Assert.Equal(StepIds.OzaActiveren, c.CurrentStepId);
    }

    [Fact]
    public void There_is_always_exactly_one_procesregisseur_once_the_plan_is_agreed()
    {
        var c = OzaAt(StepIds.OzaArrangeren);
        var first = c.Procesregisseur!;
        Assert.Equal(Refusals.SecondProcesregisseur, c.AddPartner(PartnerRole.Procesregisseur, null, null, Now).Reason);
        Assert.Equal(Refusals.RemoveProcesregisseur, c.RemovePartner(first.Id, Now).Reason);
        var replaced = Ok(c.ReplaceProcesregisseur("regisseur SWV", null, Now));
        Assert.Single(c.Partners, p => p.Role == PartnerRole.Procesregisseur);
        Assert.Equal(replaced, c.Procesregisseur!.Id);
    }

    [Fact]
    public void A_case_involves_its_owner_and_partners_with_a_user_id()
    {
        var c = New();
        Ok(c.AddPartner(PartnerRole.Gebiedsteam, null, "aad-gebiedsteam", Now));
        Assert.True(c.Involves("user-ib"));
        Assert.True(c.Involves("aad-gebiedsteam"));
        Assert.False(c.Involves("someone-else"));
        Assert.False(c.Involves(""));
    }

    [Fact]
    public void A_procesregisseur_can_be_removed_before_the_plan_and_unknown_partners_are_refused()
    {
        var c = New();
        var id = Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        Ok(c.RemovePartner(id, Now));
        Assert.Null(c.Procesregisseur);
        Assert.Equal(Refusals.NotFound, c.RemovePartner(id, Now).Reason);
    }

    [Fact]
    public void Checklist_items_of_later_steps_or_other_tracks_are_refused()
    {
        var c = New(Track.OzaIndividueel);
        Assert.Equal(Refusals.FutureStep(StepIds.OzaOntwikkelen), c.SetChecklistItem(Catalogue, "oza.ontwikkelen.aspect-didactisch", ChecklistStatus.Gedaan, Now).Reason);
        Assert.Equal(Refusals.UnknownChecklistItem, c.SetChecklistItem(Catalogue, "oza.verkennen.populatie-analyse", ChecklistStatus.Gedaan, Now).Reason);
        Assert.Equal(Refusals.UnknownChecklistItem, c.SetChecklistItem(Catalogue, "zio.borging.schriftelijk", ChecklistStatus.Gedaan, Now).Reason);
        Assert.Equal(Refusals.UnknownChecklistItem, c.SetChecklistItem(Catalogue, "bestaat-niet", ChecklistStatus.Gedaan, Now).Reason);
    }

    [Fact]
    public void Earlier_checklist_items_can_be_reopened_and_that_does_not_count_as_progress()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var later = At(T0.AddDays(3));
        Ok(c.SetChecklistItem(Catalogue, "oza.verkennen.opp-aanwezig", ChecklistStatus.Open, later));
        Assert.Equal(ChecklistStatus.Open, c.ChecklistStatusOf("oza.verkennen.opp-aanwezig"));
        Assert.Equal(T0, c.LastProgressAt);
    }

    [Fact]
    public void Oza_only_transitions_are_refused_for_zio()
    {
        var c = New(Track.ZioRegio);
        Assert.Equal(Refusals.OnlyOza, c.ChooseSupportLevel(SupportLevel.Basis, Now).Reason);
        Assert.Equal(Refusals.OnlyOza, c.ChooseGoals([OzaGoal.Aanpassen], Now).Reason);
        Assert.Equal(Refusals.OnlyOza, c.AgreeJointPlan(PlanDrafts.Valid(Now.At), Now).Reason);
    }

    [Fact]
    public void Meetings_follow_the_procesafspraken()
    {
        var oza = New();
        var zio = New(Track.ZioSchool);
        var start = T0.AddDays(7);
        PartnerRole[] school = [PartnerRole.School, PartnerRole.Ouders];
        Assert.Equal(Refusals.OzoNeedsSchool, oza.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.Ouders], Now).Reason);
        Assert.Equal(Refusals.OzoOnlyOza, zio.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), school, Now).Reason);
        Assert.Equal(Refusals.ProjectgroepOnlyZio, oza.PlanMeeting(MeetingKind.Projectgroep, start, start.AddHours(1), school, Now).Reason);
        Assert.Equal(Refusals.PlanMissing, oza.PlanMeeting(MeetingKind.Evaluatie, start, start.AddHours(1), school, Now).Reason);
        Assert.Equal(Refusals.InPast, oza.PlanMeeting(MeetingKind.Ozo, T0.AddHours(-1), T0, school, Now).Reason);
        Assert.Equal(Refusals.EndBeforeStart, oza.PlanMeeting(MeetingKind.Ozo, start, start, school, Now).Reason);
        Assert.Equal(Refusals.NoAttendees, oza.PlanMeeting(MeetingKind.Actietafel, start, start.AddHours(1), [], Now).Reason);
        Ok(zio.PlanMeeting(MeetingKind.Projectgroep, start, start.AddHours(1), [PartnerRole.School, PartnerRole.Gemeente], Now));
        Ok(oza.PlanMeeting(MeetingKind.Actietafel, start, start.AddHours(1), [PartnerRole.Samenwerkingsverband], Now));
    }

    [Fact]
    public void A_meeting_can_be_moved_held_once_started_and_cancelled_only_while_planned()
    {
        var c = New();
        var start = T0.AddDays(2);
        var id = Ok(c.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.School], Now));
        Assert.Equal(Refusals.MeetingNotStarted, c.MarkMeetingHeld(id, Now).Reason);
        Ok(c.RescheduleMeeting(id, start.AddDays(1), start.AddDays(1).AddHours(1), Now));
        var after = At(start.AddDays(1).AddHours(2));
        Ok(c.MarkMeetingHeld(id, after));
        Assert.Equal(after.At, c.LastProgressAt);
        Assert.Equal(Refusals.MeetingNotPlanned, c.CancelMeeting(id, after).Reason);
        Assert.Equal(Refusals.NotFound, c.CancelMeeting("m99", after).Reason);
    }

    [Fact]
    public void Planning_the_first_evaluation_meeting_sets_the_evaluation_date()
    {
        var c = OzaAt(StepIds.OzaArrangeren);
        Ok(c.ScheduleNextEvaluation(T0.AddDays(90), Now));
        var start = T0.AddDays(100);
        Consents.ForPlan(c, Now, PartnerRole.Procesregisseur);
        Ok(c.PlanMeeting(MeetingKind.Evaluatie, start, start.AddHours(1), [PartnerRole.Procesregisseur], Now));
        Assert.Equal(T0.AddDays(90), c.NextEvaluationAt); // an already planned date stays
        var fresh = OzaAt(StepIds.OzaOntwikkelen);
        Ok(fresh.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        Ok(fresh.ChooseGoals([OzaGoal.Versterken], Now));
        Ok(fresh.AgreeJointPlan(PlanDrafts.Valid(Now.At), Now));
        Assert.Equal(Now.At.AddDays(42), fresh.NextEvaluationAt); // the plan names its first evaluation
    }

    [Fact]
    public void Actions_can_be_done_cancelled_or_postponed_once_and_only_while_open()
    {
        var c = New();
        var a = Ok(c.AddAction("OPP bijwerken", PartnerRole.School, T0.AddDays(7), Now));
        Assert.Equal(Refusals.InPast, c.AddAction("te laat", PartnerRole.School, T0.AddDays(-1), Now).Reason);
        Assert.Equal(Refusals.TextMissing, c.AddAction("  ", PartnerRole.School, null, Now).Reason);
        Assert.Equal(Refusals.TextTooLong, c.AddAction(new string('x', 201), PartnerRole.School, null, Now).Reason);
        Assert.Equal(Refusals.InPast, c.PostponeAction(a, T0, Now).Reason);
        Ok(c.PostponeAction(a, T0.AddDays(14), Now));
        Ok(c.CompleteAction(a, At(T0.AddDays(1))));
        Assert.Equal(ActionStatus.Gedaan, c.Actions.Single().Status);
        Assert.Equal(Refusals.ActionNotOpen, c.CancelAction(a, Now).Reason);
        Assert.Equal(Refusals.NotFound, c.CompleteAction("a99", Now).Reason);
        Assert.Equal(T0.AddDays(1), c.LastProgressAt);
    }

    [Fact]
    public void A_beschikking_is_refused_before_the_joint_plan_and_allowed_after()
    {
        var c = OzaAt(StepIds.OzaOntwikkelen);
        var f = Ok(c.AddFinancing(Financer.Gemeente, "Jeugdhulp in de klas", new DateOnly(2026, 9, 1), null, Now));
        Assert.Equal(Refusals.PeriodInvalid, c.AddFinancing(Financer.Pgb, "Zorg", new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 1), Now).Reason);
        Assert.Equal(Refusals.BeschikkingBeforePlan, c.SetBeschikkingStatus(f, BeschikkingStatus.Aangevraagd, Now).Reason);
        Assert.Equal(Refusals.BeschikkingBeforePlan, c.SetBeschikkingStatus(f, BeschikkingStatus.Afgegeven, Now).Reason);
        Ok(c.SetBeschikkingStatus(f, BeschikkingStatus.NietNodig, Now));
        Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        Ok(c.ChooseGoals([OzaGoal.Versterken], Now));
        Ok(c.AgreeJointPlan(PlanDrafts.Valid(Now.At), Now));
        Ok(c.SetBeschikkingStatus(f, BeschikkingStatus.Afgegeven, Now));
        Assert.Equal(Refusals.NotFound, c.SetBeschikkingStatus("f99", BeschikkingStatus.Afgegeven, Now).Reason);
    }

    [Theory]
    [InlineData(StepIds.OzaVerkennen)]
    [InlineData(StepIds.OzaBetrekken)]
    [InlineData(StepIds.OzaOntwikkelen)]
    [InlineData(StepIds.OzaArrangeren)]
    public void Evaluations_wait_until_activeren(string stepId)
    {
        var c = OzaAt(stepId);
        var result = c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Doorgaan, T0.AddDays(30), Now);
        Assert.Equal(Refusals.EvaluationTooEarly, result.Reason);
        Assert.Equal(Refusals.EvaluationTooEarly, c.RecordFinalEvaluation(Catalogue, new OutcomeScores(false, GoalAttainment.Bereikt), Now).Reason);
    }

    [Fact]
    public void Zio_evaluations_start_in_phase_three()
    {
        Assert.Equal(Refusals.EvaluationTooEarly, ZioAt(StepIds.ZioInrichtenSamenwerking).RecordEvaluation(Catalogue, Progress, EvaluationDecision.Doorgaan, T0.AddDays(30), Now).Reason);
        var c = ZioAt(StepIds.ZioOntwikkelingImplementatie);
        Ok(c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Bijstellen, T0.AddDays(30), Now));
        Assert.Equal(Refusals.OnlyOza, c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Opschalen, T0.AddDays(30), Now).Reason);
    }

    [Fact]
    public void Opschalen_reopens_the_plan_and_asks_for_the_financing_again_until_it_is_reviewed()
    {
        var c = OzaAt(StepIds.OzaActiveren);
        Ok(c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Bijstellen, T0.AddDays(30), Now));
        Assert.False(c.FinancingReviewDue); // the same support: the plan is adjusted, the financing stands

        Ok(c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Opschalen, T0.AddDays(30), Now));
        Assert.True(c.FinancingReviewDue);
        Assert.Null(c.PlanAgreedAt);
        var advice = new Domain.Guidance.NextStepEngine(Catalogue).Advise(c, T0.AddDays(1));
        Assert.Contains(advice, a => a.What == Domain.Guidance.GuidanceTexts.Dutch.ReviewFinancingWhat && a.Source.Section == "Gezamenlijke financiering");

        Ok(c.ReviewFinancing(Now));
        Assert.False(c.FinancingReviewDue);
        Assert.DoesNotContain(new Domain.Guidance.NextStepEngine(Catalogue).Advise(c, T0.AddDays(1)), a => a.What == Domain.Guidance.GuidanceTexts.Dutch.ReviewFinancingWhat);
    }

    [Fact]
    public void Tussenevaluaties_move_the_support_level_and_the_eindevaluatie_records_the_outcome_and_closes_the_case()
    {
        var c = OzaAt(StepIds.OzaActiveren); // support level Aanvullend
        Assert.Equal(Refusals.NextEvaluationMissing, c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Doorgaan, null, Now).Reason);
        Assert.Equal(Refusals.FinalEvaluationCloses, c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Afsluiten, null, Now).Reason);
        Ok(c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Opschalen, T0.AddDays(30), Now));
        Assert.Equal(SupportLevel.Specialistisch, c.SupportLevel);
        Assert.Equal(Refusals.AlreadySpecialistisch, c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Opschalen, T0.AddDays(30), Now).Reason);
        Ok(c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Afschalen, T0.AddDays(60), Now));
        Ok(c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Afschalen, T0.AddDays(60), Now));
        Assert.Equal(SupportLevel.Basis, c.SupportLevel);
        Assert.Equal(Refusals.AlreadyBasis, c.RecordEvaluation(Catalogue, Progress, EvaluationDecision.Afschalen, T0.AddDays(60), Now).Reason);
        Assert.Equal(T0.AddDays(60), c.NextEvaluationAt);
        Assert.All(c.Evaluations, e => Assert.Equal((Progress, (OutcomeScores?)null), (e.Progress, e.Scores)));

        var outcome = new OutcomeScores(false, GoalAttainment.Bereikt, 4, null, 5);
        Assert.Equal(Refusals.ScoreRange, c.RecordFinalEvaluation(Catalogue, outcome with { TevredenheidOuders = 6 }, Now).Reason);
        Ok(c.RecordFinalEvaluation(Catalogue, outcome, Now));
        Assert.True(c.IsClosed);
        Assert.Equal(CloseReason.DoelenBereikt, c.CloseReason);
        Assert.Null(c.NextEvaluationAt);
        Assert.Equal((EvaluationDecision.Afsluiten, outcome, (EvaluationProgress?)null), (c.Evaluations[^1].Decision, c.Evaluations[^1].Scores, c.Evaluations[^1].Progress));
    }

    [Fact]
    public void Escalations_are_one_open_per_level_and_resolve_once()
    {
        var c = New();
        var x = Ok(c.Escalate(EscalationLevel.Actietafel, EscalationReason.Stagnatie, null, Now));
        Assert.Equal(Refusals.EscalationOpen, c.Escalate(EscalationLevel.Actietafel, EscalationReason.Overig, null, Now).Reason);
        Ok(c.Escalate(EscalationLevel.Procesregisseur, EscalationReason.VerlopenActies, null, Now));
        Assert.Equal(Refusals.TextMissing, c.ResolveEscalation(x, "", Now).Reason);
        Ok(c.ResolveEscalation(x, "Plek gevonden via doorzettingsmacht", Now));
        Assert.Equal(Refusals.EscalationResolved, c.ResolveEscalation(x, "nogmaals", Now).Reason);
        Ok(c.Escalate(EscalationLevel.Actietafel, EscalationReason.GeenPassendAanbod, null, Now));
    }

    [Fact]
    public void Consent_is_per_role_and_category_until_a_date_and_can_be_withdrawn()
    {
        var c = New();
        var t = Ok(c.RecordConsent(PartnerRole.Gebiedsteam, [ConsentCategory.Plan, ConsentCategory.Opp], ConsentGiver.Ouders, PupilAge.Onder12, new DateOnly(2026, 12, 31), Now));
        Assert.Equal(Refusals.InPast, c.RecordConsent(PartnerRole.Zorgaanbieder, [ConsentCategory.Plan], ConsentGiver.Ouders, PupilAge.Onder12, new DateOnly(2026, 1, 1), Now).Reason);
        Assert.Equal(Refusals.ConsentCategoriesMissing, c.RecordConsent(PartnerRole.Zorgaanbieder, [], ConsentGiver.Ouders, PupilAge.Onder12, new DateOnly(2026, 12, 1), Now).Reason);
        Assert.Empty(c.WithoutConsent([PartnerRole.Gebiedsteam], ConsentCategory.Plan, T0.AddDays(10)));
        Assert.Equal([PartnerRole.Gebiedsteam], c.WithoutConsent([PartnerRole.Gebiedsteam], ConsentCategory.MedischeGegevens, T0.AddDays(10)));
        Assert.Equal([PartnerRole.Gebiedsteam], c.WithoutConsent([PartnerRole.Gebiedsteam], ConsentCategory.Plan, new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal([PartnerRole.Zorgaanbieder], c.WithoutConsent([PartnerRole.School, PartnerRole.Ouders, PartnerRole.Leerplicht, PartnerRole.Zorgaanbieder], ConsentCategory.Plan, T0));
        Ok(c.WithdrawConsent(t, At(T0.AddDays(1))));
        Assert.Equal([PartnerRole.Gebiedsteam], c.WithoutConsent([PartnerRole.Gebiedsteam], ConsentCategory.Plan, T0.AddDays(2)));
        Assert.Equal(Refusals.ConsentWithdrawn, c.WithdrawConsent(t, Now).Reason);
    }

    [Theory]
    [InlineData(PupilAge.Onder12, ConsentGiver.Ouders, true)]
    [InlineData(PupilAge.Onder12, ConsentGiver.Leerling, false)]
    [InlineData(PupilAge.Onder12, ConsentGiver.OudersEnLeerling, false)]
    [InlineData(PupilAge.Van12Tot16, ConsentGiver.Ouders, false)]
    [InlineData(PupilAge.Van12Tot16, ConsentGiver.Leerling, false)]
    [InlineData(PupilAge.Van12Tot16, ConsentGiver.OudersEnLeerling, true)]
    [InlineData(PupilAge.Vanaf16, ConsentGiver.Ouders, false)]
    [InlineData(PupilAge.Vanaf16, ConsentGiver.Leerling, true)]
    [InlineData(PupilAge.Vanaf16, ConsentGiver.OudersEnLeerling, true)]
    public void Consent_follows_the_age_rule(PupilAge age, ConsentGiver giver, bool allowed)
    {
        var result = New().RecordConsent(PartnerRole.Gebiedsteam, [ConsentCategory.Plan], giver, age, new DateOnly(2026, 12, 31), Now);
        Assert.Equal(allowed, !result.IsRefused);
        if (!allowed)
        {
            Assert.Equal(Refusals.ConsentWrongGiver(age), result.Reason);
        }
    }

    [Fact]
    public void A_meeting_that_invites_a_care_partner_without_consent_for_the_plan_is_refused()
    {
        var c = New();
        var start = T0.AddDays(7);
        var refused = c.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.School, PartnerRole.Gebiedsteam, PartnerRole.Ouders], Now);
        Assert.Equal(Refusals.NoConsent([PartnerRole.Gebiedsteam]), refused.Reason);
        Ok(c.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.School, PartnerRole.Ouders, PartnerRole.Leerplicht], Now));
        Ok(c.RecordConsent(PartnerRole.Gebiedsteam, [ConsentCategory.Plan], ConsentGiver.Ouders, PupilAge.Onder12, new DateOnly(2026, 12, 31), Now));
        Ok(c.PlanMeeting(MeetingKind.Ozo, start, start.AddHours(1), [PartnerRole.School, PartnerRole.Gebiedsteam], Now));
    }

    [Fact]
    public void A_closed_case_refuses_every_change()
    {
        var c = OzaAt(StepIds.OzaBetrekken);
        var a = Ok(c.AddAction("x", PartnerRole.School, null, Now));
        Ok(c.Close(CloseReason.GeenArrangementNodig, Now));
        var revision = c.Revision;
        DomainResult[] attempts =
        [
            c.Close(CloseReason.Overig, Now),
            c.SetInitials("AB", Now),
            c.SetChecklistItem(Catalogue, "oza.betrekken.leerplicht", ChecklistStatus.Gedaan, Now),
            c.AdvanceStep(Catalogue, Now),
            c.ChooseSupportLevel(SupportLevel.Basis, Now),
            c.CompleteAction(a, Now),
            c.AddPartner(PartnerRole.School, null, null, Now).IsOk ? DomainResult.Ok : DomainResult.Refused(Refusals.Closed),
            c.PlanMeeting(MeetingKind.Ozo, T0.AddDays(1), T0.AddDays(2), [PartnerRole.School], Now).IsOk ? DomainResult.Ok : DomainResult.Refused(Refusals.Closed),
        ];
        Assert.All(attempts, r => Assert.True(r.IsRefused));
        Assert.Equal(Refusals.AlreadyClosed, attempts[0].Reason);
        Assert.Equal(Refusals.Closed, attempts[1].Reason);
        Assert.Equal(Refusals.Closed, c.Escalate(EscalationLevel.Actietafel, EscalationReason.Overig, null, Now).Reason);
        Assert.Equal(revision, c.Revision);
    }

    [Fact]
    public void Every_free_text_refuses_a_bsn()
    {
        const string bsn = "leerling 111222333";
        var c = OzaAt(StepIds.OzaActiveren);
        var m = Ok(c.PlanMeeting(MeetingKind.Evaluatie, T0.AddDays(5), T0.AddDays(5).AddHours(1), [PartnerRole.Ouders], Now));
        var x = Ok(c.Escalate(EscalationLevel.Actietafel, EscalationReason.Stagnatie, null, Now));
        var revision = c.Revision;
        DomainResult[] attempts =
        [
            Plain(c.AddAction(bsn, PartnerRole.School, null, Now)),
            Plain(c.AddPartner(PartnerRole.Zorgaanbieder, bsn, null, Now)),
            Plain(c.ReplaceProcesregisseur(bsn, null, Now)),
            Plain(c.AddFinancing(Financer.Gemeente, bsn, new DateOnly(2026, 9, 1), null, Now)),
            Plain(c.Escalate(EscalationLevel.Procesregisseur, EscalationReason.Overig, bsn, Now)),
            c.ResolveEscalation(x, bsn, Now),
                        c.SetCalendarReference(m, bsn, Now),
            c.SetInitials("111222333", Now),
            Plain(Case.Open(Catalogue, Track.OzaIndividueel, "111222333", Now)),
        ];
        Assert.All(attempts, r => Assert.Equal(Refusals.Bsn, r.Reason));
        Assert.Equal(revision, c.Revision);
    }

    [Fact]
    public void Every_accepted_change_bumps_the_revision_and_appends_history_and_stale_submits_are_detected()
    {
        var c = New();
        var seen = c.Revision;
        Ok(c.CheckRevision(seen));
        Ok(c.AddAction("OPP bespreken", PartnerRole.School, null, At(T0, "user-2")));
        Assert.Equal(seen + 1, c.Revision);
        Assert.Equal(Refusals.Stale, c.CheckRevision(seen).Reason);
        Assert.Equal(("user-2", CaseTexts.History.ActionAdded), (c.History[^1].UserId, c.History[^1].What));
        Assert.True(c.AddAction("x", PartnerRole.School, null, new Actor("", T0)).IsRefused);
        Assert.Equal(2, c.History.Count);
    }

    private static DomainResult Plain<T>(DomainResult<T> result) => new(result.IsOk, result.Reason);
}
