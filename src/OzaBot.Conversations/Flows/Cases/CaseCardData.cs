using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// The data the plan, next-steps and step-guidance templates bind to. Every field a template uses is
/// present (templates show a missing value as literal text). Roles only — never names; initials only
/// when <paramref name="showInitials"/> (a 1:1 chat with a member of the case).
/// </summary>
public static class CaseCardData
{
    public static JsonObject Plan(StoredCase stored, ProcessCatalogue catalogue, LocalDates dates, DateTimeOffset now, bool showInitials)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(catalogue);
        var c = stored.Case;
        var steps = catalogue.StepsFor(c.Track).ToList();
        var current = steps.FindIndex(s => s.Id == c.CurrentStepId);
        var openActions = c.Actions.Where(a => a.Status == ActionStatus.Open).ToList();
        var t = CardDataTexts.In(catalogue.Language);
        var roles = GuidanceTexts.In(catalogue.Language);
        var data = Header(stored, catalogue);
        data["updated"] = dates.DateTime(now);
        data["stepNumber"] = current + 1;
        data["steps"] = Array(steps.Select((s, i) => new JsonObject { ["name"] = s.Name, ["status"] = i < current || c.IsClosed ? "done" : i == current ? "current" : "todo" }));
        data["goal"] = c.Goals.Count == 0 ? t.NotChosen : string.Join(", ", c.Goals.Select(g => catalogue.Vocabularies.Goals.First(t => t.Id.Equals(g.ToString(), StringComparison.OrdinalIgnoreCase)).Name));
        data["supportLevel"] = c.SupportLevel is { } level ? catalogue.Vocabularies.SupportLevels.First(t => t.Id.Equals(level.ToString(), StringComparison.OrdinalIgnoreCase)).Name : t.NotChosen;
        data["procesregisseur"] = c.Procesregisseur is { } regisseur ? roles.RoleName(regisseur.Role) + (string.IsNullOrEmpty(regisseur.Label) ? "" : $" ({regisseur.Label})") : t.NotAppointed;
        data["partners"] = Array(c.Partners.Select(p => new JsonObject { ["role"] = roles.RoleName(p.Role), ["organisation"] = p.Label ?? "" }));
        data["support"] = Array((c.JointPlan?.Content.Support ?? []).Select(s => new JsonObject { ["aspect"] = JointPlanCard.AspectName(s.Aspect, catalogue.Language), ["description"] = s.What, ["provider"] = roles.RoleName(s.Who) }));
        data["doelen"] = Array((c.JointPlan?.Content.Doelen ?? []).Select(d => new JsonObject { ["text"] = d }));
        data["planStatus"] = PlanStatus(c, t, dates);

        // A closed case is only looked at: it says so, and offers no buttons that would change it.
        data["state"] = c.IsClosed ? "closed" : "open";
        data["closedNotice"] = c.ClosedAt is { } closedAt ? t.ClosedOn(dates.Date(closedAt)) : "";
        data["financing"] = Array(c.Financing.Select(f => FinancingCard.PlanRow(f, dates)));
        data["openActions"] = openActions.Count;
        data["actions"] = Array(c.Actions.Where(a => a.Status != ActionStatus.Geannuleerd).Select(a => new JsonObject
        {
            ["what"] = a.Description,
            ["owner"] = roles.RoleName(a.Owner),
            ["due"] = a.Due is { } due ? dates.Date(due) : "",
            ["status"] = t.ActionStatus(a.Status == ActionStatus.Gedaan, a.Due < now),
        }));
        data["meetings"] = Array(c.Meetings.Where(m => m.Status == Domain.Cases.MeetingStatus.Gepland).Select(m => new JsonObject { ["kind"] = CaseTexts.MeetingName(m.Kind), ["when"] = dates.DateTime(m.Start) }));
        data["evaluations"] = Array(EvaluationDates(c, t, dates));
        if (showInitials && c.Initials is { } initials)
        {
            data["initials"] = initials;
        }

        return data;
    }

    public const int MaxNextSteps = 3;

    private static IEnumerable<JsonObject> Facts(params (string Title, string Value)?[] facts) =>
        facts.OfType<(string Title, string Value)>().Select(f => new JsonObject { ["title"] = f.Title, ["value"] = f.Value });

    public static JsonObject NextSteps(StoredCase stored, ProcessCatalogue catalogue, LocalDates dates, IReadOnlyList<NextAction> advice)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var t = CardDataTexts.In(catalogue.Language);
        var roles = GuidanceTexts.In(catalogue.Language);
        var data = Header(stored, catalogue);
        // Fits a phone: three items, the why and its source only for the first, a date only when there is one.
        data["goal"] = catalogue.Step(stored.Case.CurrentStepId).Goal;
        data["steps"] = Array(advice.Take(MaxNextSteps).Select((a, i) => new JsonObject
        {
            ["what"] = a.What,
            ["facts"] = Array(Facts(
                i == 0 ? (t.Why, a.Why) : null,
                i == 0 ? (t.Source, catalogue.Describe(a.Source)) : null,
                (t.Who, roles.RoleName(a.Who)),
                a.When is { } when ? (t.When, t.By(dates.Date(when))) : null)),
        }));
        return data;
    }

    /// <param name="personal">A 1:1 chat: also the sensitive items (health, absence); elsewhere they are left out and counted.</param>
    public static JsonObject StepGuidance(StoredCase stored, ProcessCatalogue catalogue, LocalDates dates, bool personal)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(catalogue);
        var c = stored.Case;
        var steps = catalogue.StepsFor(c.Track).ToList();
        var step = catalogue.Step(c.CurrentStepId);
        var items = step.ChecklistFor(c.Track, personal).ToList();
        var hidden = step.ChecklistFor(c.Track).Count() - items.Count;
        var done = items.Count(i => Status(c, i.Id) != ChecklistStatus.Open);
        var t = CardDataTexts.In(catalogue.Language);
        var data = Header(stored, catalogue);
        data["step"] = new JsonObject
        {
            ["key"] = step.Id,
            ["number"] = steps.FindIndex(s => s.Id == step.Id) + 1,
            ["total"] = steps.Count,
            ["name"] = step.Name,
            ["purpose"] = step.Goal,
            ["source"] = catalogue.Describe(step.Source),
        };
        data["progress"] = t.Progress(done, items.Count);
        data["checklist"] = Array(items.Select((item, i) => new JsonObject
        {
            ["id"] = item.Id,
            ["number"] = i + 1,
            ["text"] = item.Text,
            ["value"] = Status(c, item.Id) == ChecklistStatus.Open ? "false" : "true",
        }));
        data["hidden"] = hidden == 0 ? "" : CaseFlowTexts.In(catalogue.Language).SensitiveHidden(hidden);
        data["note"] = "";
        data["notes"] = Array(c.Notes.Where(n => n.StepId == step.Id).Select(n => new JsonObject { ["when"] = dates.Date(n.At), ["text"] = n.Text }));
        return data;
    }

    private static string PlanStatus(Case c, CardDataTexts t, LocalDates dates) => c.JointPlan is { } plan
        ? t.PlanAgreed(plan, dates.Date(plan.AgreedAt), dates.Date(plan.Content.From), dates.Date(plan.Content.Until))
        : c.PlanVersions.Count > 0 ? t.PlanReopened : t.PlanNotAgreed;

    private static JsonObject Header(StoredCase stored, ProcessCatalogue catalogue) => new()
    {
        ["caseCode"] = stored.Code,
        ["revision"] = stored.Case.Revision,
        ["track"] = CardDataTexts.In(catalogue.Language).TrackName(stored.Case.Track),
        ["currentStep"] = catalogue.Step(stored.Case.CurrentStepId).Name,
    };

    private static ChecklistStatus Status(Case c, string itemId) =>
        c.Checklist.FirstOrDefault(e => e.ItemId == itemId)?.Status ?? ChecklistStatus.Open;

    private static IEnumerable<JsonObject> EvaluationDates(Case c, CardDataTexts t, LocalDates dates)
    {
        foreach (var evaluation in c.Evaluations)
        {
            yield return new JsonObject { ["when"] = dates.Date(evaluation.HeldAt), ["what"] = t.Evaluation(evaluation.Decision) };
        }

        if (c.NextEvaluationAt is { } next)
        {
            yield return new JsonObject { ["when"] = dates.Date(next), ["what"] = t.NextEvaluation };
        }
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items.Cast<JsonNode>()]);
}
