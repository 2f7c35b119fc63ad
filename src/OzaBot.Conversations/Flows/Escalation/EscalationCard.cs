using OzaBot.Domain.Vocabulary;
using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;

namespace OzaBot.Conversations.Flows.Escalation;

/// <summary>The data for the <c>escalation</c> card, with the triggers the next-step engine sees.</summary>
internal static class EscalationCard
{
    public const string Template = "escalation";

    public static ProcessRule Rule(ProcessCatalogue catalogue) => catalogue.Rule(RuleIds.Actietafel);

    public static IEnumerable<string> Participants(ProcessCatalogue catalogue, Language language) =>
        Rule(catalogue).Roles.Select(r => EscalationTexts.In(language).Participant(r));

    /// <summary>Stagnation first, then overdue actions; the reason recorded with the escalation follows the same order.</summary>
    public static IReadOnlyList<NextAction> Triggers(OzaTurn turn, Case c) =>
        [.. turn.NextSteps.Advise(c, turn.Services.Time).Where(a => a.Kind is AdviceKind.Stagnation or AdviceKind.OverdueAction).OrderBy(a => a.Kind == AdviceKind.OverdueAction)];

    public static EscalationReason Reason(IReadOnlyList<NextAction> triggers) =>
        triggers.Any(t => t.Kind == AdviceKind.Stagnation) ? EscalationReason.Stagnatie
        : triggers.Count > 0 ? EscalationReason.VerlopenActies
        : EscalationReason.Overig;

    public static JsonObject Data(OzaTurn turn, StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Case;
        var language = turn.Language;
        var catalogue = turn.Catalogue;
        var triggers = Triggers(turn, c).Select(t => t.Kind == AdviceKind.Stagnation ? t.Why : t.What).ToList();
        var weeks = (int)((turn.Services.Time.GetUtcNow() - c.StepStartedAt).TotalDays / 7);
        var data = new JsonObject
        {
            ["caseCode"] = c.Code,
            ["revision"] = c.Revision,
            ["table"] = EscalationTexts.Table,
            ["currentStep"] = catalogue.Step(c.CurrentStepId).Name,
            ["inStepSince"] = EscalationTexts.In(language).InStepSince(weeks, turn.Dates.Date(c.StepStartedAt)),
            ["triggers"] = new JsonArray([.. (triggers.Count > 0 ? triggers : [EscalationTexts.In(language).NoTrigger]).Select(t => (JsonNode)JsonValue.Create(t))]),
            ["participants"] = string.Join(", ", Participants(catalogue, language)),
            ["nextSession"] = EscalationTexts.In(language).NextSession,
            ["submittedBy"] = EscalationTexts.In(language).SubmittedBy,
            ["rule"] = Rule(catalogue).Text,
        };
        if (turn.IsPersonal && c.Initials is { } initials)
        {
            data["initials"] = initials;
        }

        return data;
    }
}
