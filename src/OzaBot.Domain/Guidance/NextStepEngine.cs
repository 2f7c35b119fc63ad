using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Guidance;

/// <summary>
/// "Wat is de volgende stap?": a ranked, deterministic list of advice for a case at a moment. Ranking is by
/// <see cref="AdviceKind"/> (urgent first), then by when (soonest first), then by the order the rules produce.
/// Every piece of advice cites the content it rests on. Pure: the same case and moment give the same list.
/// </summary>
public sealed class NextStepEngine
{
    private const int PreviewItems = 3;

    private readonly ProcessCatalogue catalogue;
    private readonly NextStepOptions options;
    private readonly GuidanceTexts texts;

    public NextStepEngine(ProcessCatalogue catalogue, NextStepOptions? options = null)
        : this(catalogue, options ?? NextStepOptions.From(catalogue?.Settings!), GuidanceTexts.Dutch)
    {
    }

    private NextStepEngine(ProcessCatalogue catalogue, NextStepOptions options, GuidanceTexts texts)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        this.catalogue = catalogue;
        this.options = options;
        this.texts = texts;
    }

    /// <summary>The same advice in <paramref name="language"/>: its texts and the process content in that language.</summary>
    public NextStepEngine In(Language language) => new(catalogue.In(language), options, GuidanceTexts.In(language));

    public IReadOnlyList<NextAction> Advise(Case c, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Advise(c, time.GetUtcNow());
    }

    public IReadOnlyList<NextAction> Advise(Case c, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.IsClosed)
        {
            return [];
        }

        var step = catalogue.Step(c.CurrentStepId);
        var advice = new List<NextAction>();
        advice.AddRange(Actions(c, now));
        advice.AddRange(Stagnation(c, now));
        advice.AddRange(Evaluation(c, now));
        advice.AddRange(Meetings(c, now));
        advice.AddRange(Decisions(c, step));
        advice.AddRange(Circumstances(c));
        var advised = advice.Select(a => a.RefId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        advice.AddRange(step.ChecklistFor(c.Track)
            .Where(i => c.ChecklistStatusOf(i.Id) == ChecklistStatus.Open && !advised.Contains(i.Id))
            .Select(i => new NextAction(AdviceKind.ChecklistItem, i.Sensitive ? texts.SensitiveItem : i.Text, texts.ChecklistWhy(step), i.Source, Owner(c, i.Who), null, i.Id)));
        advice.AddRange(Progress(c, step));

        return [.. advice
            .Select((a, index) => (a, index))
            .OrderBy(p => p.a.Kind)
            .ThenBy(p => p.a.When ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.index)
            .Select(p => p.a)];
    }

    private IEnumerable<NextAction> Actions(Case c, DateTimeOffset now)
    {
        var planRule = catalogue.Rule(RuleIds.GezamenlijkPlan);
        foreach (var action in c.Actions.Where(a => a.Status == ActionStatus.Open && a.Due is not null))
        {
            if (action.Due < now)
            {
                yield return new NextAction(AdviceKind.OverdueAction, texts.OverdueWhat(action.Description), texts.OverdueWhy(action.Owner), planRule.Source, action.Owner, action.Due, action.Id);
            }
            else if (action.Due <= now + options.UpcomingActionWindow)
            {
                yield return new NextAction(AdviceKind.UpcomingAction, texts.UpcomingWhat(action.Description), texts.UpcomingActionWhy, planRule.Source, action.Owner, action.Due, action.Id);
            }
        }
    }

    private IEnumerable<NextAction> Stagnation(Case c, DateTimeOffset now) => c.Track.IsOza() ? OzaStagnation(c, now) : ZioStagnation(c, now);

    /// <summary>
    /// An OZA that stagnates goes through the OZO first; only after an OZO was held is the Regionale Actietafel
    /// proposed, for stagnation that goes beyond school and samenwerkingsverband (procesafspraken: OZO,
    /// Regionale actietafel). How long without progress counts as stagnation is the region's setting, not a source's.
    /// </summary>
    private IEnumerable<NextAction> OzaStagnation(Case c, DateTimeOffset now)
    {
        // A running arrangement is quiet between evaluations by design: count from the planned evaluation.
        var plannedProgress = c.IsRunning(catalogue) && c.NextEvaluationAt > c.LastProgressAt ? c.NextEvaluationAt.Value : c.LastProgressAt;
        var idle = now - plannedProgress;
        var repeatedlyOverdue = c.Actions.Any(a => a.Status == ActionStatus.Open && a.Due < now && a.PostponedCount >= options.PostponementsBeforeEscalation);
        if ((idle < options.StagnationPeriod && !repeatedlyOverdue) || c.HasOpenEscalation(EscalationLevel.Actietafel) || c.PlannedMeetings(MeetingKind.Actietafel).Any())
        {
            yield break;
        }

        var signal = repeatedlyOverdue ? texts.PostponedSignal : texts.IdleSignal((int)(idle.TotalDays / 7), (int)(options.StagnationPeriod.TotalDays / 7));
        if (!c.HasHeld(MeetingKind.Ozo))
        {
            yield return new NextAction(AdviceKind.RaiseInOzo, texts.RaiseInOzoWhat, signal + " " + texts.RaiseInOzoWhy, catalogue.Rule(RuleIds.Ozo).Source, PartnerRole.School, null, Meeting: MeetingKind.Ozo);
            yield break;
        }

        yield return new NextAction(AdviceKind.Stagnation, texts.ActietafelWhat, signal + " " + texts.ActietafelWhy, catalogue.Rule(RuleIds.Actietafel).Source, Regisseur(c), now, Meeting: MeetingKind.Actietafel);
    }

    /// <summary>
    /// ZiO takes years: phases 1 and 2 are usually feasible within a year (Tijdsinvestering), phase 3 takes
    /// longer by nature. Only phases 1–2 that run past their expected months are flagged, with the regiehouder;
    /// the projectgroep exists only from step 4 ("Zet hiervoor een projectgroep op").
    /// </summary>
    private IEnumerable<NextAction> ZioStagnation(Case c, DateTimeOffset now)
    {
        var step = catalogue.Step(c.CurrentStepId);
        if (catalogue.PhaseOf(step) is not { ExpectedMonths: { } months } phase)
        {
            yield break;
        }

        var running = (int)((now - c.CreatedAt).TotalDays / 30.4);
        if (running < months)
        {
            yield break;
        }

        var withProjectgroep = step.Number >= catalogue.Step(StepIds.ZioInrichtenSamenwerking).Number;
        yield return new NextAction(
            AdviceKind.Stagnation,
            withProjectgroep ? texts.ZioStagnationWhat : texts.ZioStagnationEarlyWhat,
            texts.ZioStagnationWhy(running, months),
            phase.Source,
            step.Lead,
            now,
            Meeting: withProjectgroep ? MeetingKind.Projectgroep : null);
    }

    private IEnumerable<NextAction> Evaluation(Case c, DateTimeOffset now)
    {
        if (c.NextEvaluationAt is not { } due || now < due - options.EvaluationReminder)
        {
            yield break;
        }

        var activeren = catalogue.Step(c.Track.IsOza() ? StepIds.OzaActiveren : StepIds.ZioOntwikkelingImplementatie);
        if (c.IsRunning(catalogue) && due <= now)
        {
            var outcome = catalogue.Evaluation.OutcomeCriteria[0].Source;
            yield return new NextAction(AdviceKind.EvaluationDue, texts.RecordEvaluationWhat, texts.RecordEvaluationWhy, outcome, Regisseur(c), due, Meeting: MeetingKind.Evaluatie);
        }
        else if (!c.PlannedMeetings(MeetingKind.Evaluatie).Any())
        {
            yield return new NextAction(AdviceKind.PlanMeeting, texts.PlanEvaluationWhat, texts.PlanEvaluationWhy, activeren.Source, Regisseur(c), due, Meeting: MeetingKind.Evaluatie);
        }
    }

    private IEnumerable<NextAction> Meetings(Case c, DateTimeOffset now)
    {
        foreach (var meeting in c.Meetings.Where(m => m.Status == MeetingStatus.Gepland).OrderBy(m => m.Start))
        {
            var source = MeetingSource(meeting.Kind);
            var who = meeting.Kind == MeetingKind.Ozo ? PartnerRole.School : Regisseur(c);
            if (meeting.End <= now)
            {
                yield return new NextAction(AdviceKind.RecordMeeting, texts.RecordMeetingWhat(meeting.Kind), texts.MeetingNotRecordedWhy, source, who, meeting.Start, meeting.Id, meeting.Kind);
            }
            else if (meeting.Start <= now + options.MeetingPreparation)
            {
                yield return new NextAction(AdviceKind.PrepareMeeting, texts.PrepareWhat(meeting.Kind), texts.PrepareWhy(meeting.Kind), source, who, meeting.Start, meeting.Id, meeting.Kind);
            }
        }

        if (c.HasOpenEscalation(EscalationLevel.Actietafel) && !c.PlannedMeetings(MeetingKind.Actietafel).Any())
        {
            var rule = catalogue.Rule(RuleIds.Actietafel);
            yield return new NextAction(AdviceKind.PlanMeeting, texts.PlanActietafelWhat, texts.PlanActietafelWhy, rule.Source, Regisseur(c), null, Meeting: MeetingKind.Actietafel);
        }

        var ozoNeeded = c.CurrentStepId == StepIds.OzaBetrekken && !c.HasHeld(MeetingKind.Ozo) && !c.PlannedMeetings(MeetingKind.Ozo).Any();
        if (ozoNeeded)
        {
            yield return new NextAction(AdviceKind.PlanMeeting, texts.PlanOzoWhat, texts.PlanOzoWhy, catalogue.Rule(RuleIds.Ozo).Source, PartnerRole.School, null, Meeting: MeetingKind.Ozo);
        }

        var projectgroepNeeded = c.CurrentStepId == StepIds.ZioInrichtenSamenwerking && !c.HasHeld(MeetingKind.Projectgroep) && !c.PlannedMeetings(MeetingKind.Projectgroep).Any();
        if (projectgroepNeeded)
        {
            var step = catalogue.Step(StepIds.ZioInrichtenSamenwerking);
            yield return new NextAction(AdviceKind.PlanMeeting, texts.PlanProjectgroepWhat, texts.PlanProjectgroepWhy, step.Source, step.Lead, null, Meeting: MeetingKind.Projectgroep);
        }
    }

    /// <summary>
    /// Who a recorded circumstance brings forward: the leerplichtambtenaar at verzuim, thuiszitten or a
    /// vrijstelling (procesafspraken: OZO, Vrijstellingen), the onderwijs(zorg)consulent for a thuiszitter
    /// (Inzet onderwijs(zorg)consulenten), and for less onderwijstijd the Variawet route. The texts name the
    /// role, not the circumstance, because advice is shown in group chats too.
    /// </summary>
    private IEnumerable<NextAction> Circumstances(Case c)
    {
        var has = c.Circumstances.ToHashSet();
        var partners = c.Partners.Select(p => p.Role).ToHashSet();
        if (has.Overlaps([Circumstance.Verzuim, Circumstance.Thuiszitten, Circumstance.Vrijstelling]) && !partners.Contains(PartnerRole.Leerplicht))
        {
            var rule = catalogue.Rule(has.Contains(Circumstance.Vrijstelling) ? RuleIds.Vrijstellingen : RuleIds.Ozo);
            yield return new NextAction(AdviceKind.Decide, texts.LeerplichtWhat, texts.LeerplichtWhy, rule.Source, PartnerRole.School, null);
        }

        if (has.Contains(Circumstance.Thuiszitten) && !partners.Contains(PartnerRole.Onderwijsconsulent))
        {
            yield return new NextAction(AdviceKind.Decide, texts.ConsulentWhat, texts.ConsulentWhy, catalogue.Rule(RuleIds.Consulenten).Source, PartnerRole.School, null);
        }

        if (has.Contains(Circumstance.AfwijkingOnderwijstijd))
        {
            yield return new NextAction(AdviceKind.Decide, texts.VariawetWhat, texts.VariawetWhy, new SourceRef("nji-handreiking-gesprekskader", "1. Beleidsontwikkelingen – Variawet"), PartnerRole.School, null);
        }
    }

    /// <summary>The Ontwikkelen checklist item "eerst de financieringsmogelijkheden bepaald".</summary>
    private const string FinancingFirstItem = "oza.ontwikkelen.financiering-eerst";

    private IEnumerable<NextAction> Decisions(Case c, ProcessStep step)
    {
        if (!c.Track.IsOza())
        {
            yield break;
        }

        var v = catalogue.Vocabularies;
        if (step.Id == StepIds.OzaVerkennen && c.SupportLevel is null)
        {
            yield return new NextAction(AdviceKind.Decide, texts.SupportLevelWhat, texts.SupportLevelWhy, v.SupportPrinciple.Source, PartnerRole.School, null);
        }

        if (c.FinancingReviewDue)
        {
            yield return new NextAction(AdviceKind.Decide, texts.ReviewFinancingWhat, texts.ReviewFinancingWhy, catalogue.Rule(RuleIds.GezamenlijkeFinanciering).Source, PartnerRole.Samenwerkingsverband, null);
        }

        if (step.Id == StepIds.OzaOntwikkelen && c.PlanAgreedAt is null)
        {
            // NJi stap 3: "Bepaal eerst de financieringsmogelijkheden" — before the plan, its regisseur and its goals.
            // (A region's content may leave that item out; then there is nothing to put first.)
            if (c.Financing.Count == 0 && catalogue.TryGetChecklistItem(FinancingFirstItem, out _, out var item) && c.ChecklistStatusOf(item.Id) == ChecklistStatus.Open)
            {
                yield return new NextAction(AdviceKind.Decide, texts.FinancingFirstWhat, texts.FinancingFirstWhy, item.Source, item.Who, null, item.Id);
            }

            var plan = catalogue.Rule(RuleIds.GezamenlijkPlan).Source;
            if (c.Procesregisseur is null)
            {
                yield return new NextAction(AdviceKind.Decide, texts.ProcesregisseurWhat, texts.ProcesregisseurWhy, plan, PartnerRole.School, null);
            }

            if (c.Goals.Count == 0)
            {
                yield return new NextAction(AdviceKind.Decide, texts.GoalsWhat, texts.GoalsWhy, v.Goals[0].Source, Regisseur(c), null);
            }
            else if (c.Procesregisseur is not null)
            {
                yield return new NextAction(AdviceKind.Decide, texts.AgreePlanWhat, texts.AgreePlanWhy, plan, PartnerRole.Procesregisseur, null);
            }
        }

        if (c.PlanAgreedAt is not null)
        {
            var financing = catalogue.Rule(RuleIds.GezamenlijkeFinanciering).Source;
            foreach (var f in c.Financing.Where(f => f.Beschikking == BeschikkingStatus.NogAanvragen))
            {
                yield return new NextAction(AdviceKind.Decide, texts.ApplyForFinancingWhat(f.Financer), texts.ApplyForFinancingWhy, financing, RoleOf(f.Financer), null, f.Id);
            }
        }

        if (step.Id is StepIds.OzaArrangeren or StepIds.OzaActiveren && c.NextEvaluationAt is null)
        {
            var activeren = catalogue.Step(StepIds.OzaActiveren);
            yield return new NextAction(AdviceKind.PlanMeeting, texts.FirstEvaluationWhat, texts.FirstEvaluationWhy, activeren.Source, Regisseur(c), null, Meeting: MeetingKind.Evaluatie);
        }
    }

    private IEnumerable<NextAction> Progress(Case c, ProcessStep step)
    {
        if (catalogue.NextStep(c.Track, step.Id) is not { } next)
        {
            yield break;
        }

        if (c.CanAdvance(catalogue).IsOk)
        {
            yield return new NextAction(AdviceKind.AdvanceStep, texts.AdvanceWhat(next), texts.AdvanceWhy(step), next.Source, step.Lead, null, next.Id);
        }

        var items = next.ChecklistFor(c.Track).Take(PreviewItems).Select(i => i.Text);
        var newPhase = next.Phase != step.Phase ? catalogue.PhaseOf(next) : null;
        yield return new NextAction(AdviceKind.NextStepPreview, texts.PreviewWhat(next, items), texts.PreviewWhy(next, newPhase), next.Source, next.Lead, null, next.Id);
    }

    private SourceRef MeetingSource(MeetingKind kind) => kind switch
    {
        MeetingKind.Ozo => catalogue.Rule(RuleIds.Ozo).Source,
        MeetingKind.Actietafel => catalogue.Rule(RuleIds.Actietafel).Source,
        MeetingKind.Evaluatie => catalogue.Step(StepIds.OzaActiveren).Source,
        _ => catalogue.Step(StepIds.ZioInrichtenSamenwerking).Source,
    };

    /// <summary>The procesregisseur when there is one; before that the school (it convenes the OZO).</summary>
    private static PartnerRole Regisseur(Case c) => c.Procesregisseur is null ? PartnerRole.School : PartnerRole.Procesregisseur;

    /// <summary>A content item may name the procesregisseur before one is appointed; then the school is on turn.</summary>
    private static PartnerRole Owner(Case c, PartnerRole role) => role == PartnerRole.Procesregisseur ? Regisseur(c) : role;

    private static PartnerRole RoleOf(Financer financer) => financer switch
    {
        Financer.School => PartnerRole.School,
        Financer.Samenwerkingsverband => PartnerRole.Samenwerkingsverband,
        Financer.Gemeente => PartnerRole.Gebiedsteam,
        Financer.Zorgkantoor => PartnerRole.Zorgkantoor,
        Financer.Pgb => PartnerRole.Ouders,
        _ => PartnerRole.Overig,
    };
}
