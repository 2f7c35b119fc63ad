using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// The data for the <c>evaluation</c> card (a tussenevaluatie: progress, doelen, decision) and the
/// <c>evaluation-final</c> card (the eindevaluatie: doelrealisatie, uitval, tevredenheid).
/// </summary>
internal static class EvaluationCard
{
    public const string Template = "evaluation";

    public const string FinalTemplate = "evaluation-final";

    public static string TemplateOf(bool final) => final ? FinalTemplate : Template;

    public static JsonObject Data(OzaTurn turn, StoredCase stored, bool final)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var c = stored.Case;
        var language = turn.Language;
        var now = turn.Services.Time.GetUtcNow();
        var from = c.Evaluations.Count > 0 ? c.Evaluations[^1].HeldAt : c.PlanAgreedAt ?? c.StepStartedAt;
        var data = new JsonObject
        {
            ["caseCode"] = c.Code,
            ["revision"] = c.Revision,
            ["evaluationId"] = "e" + (c.Evaluations.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["kind"] = EvaluationTexts.In(language).Kind(c.Evaluations.Count),
            ["period"] = turn.Dates.Date(from) + " – " + turn.Dates.Date(now),
            ["goals"] = new JsonArray([.. Goals(turn.Catalogue, c)]),
        };
        if (final)
        {
            var roles = Domain.Guidance.GuidanceTexts.In(turn.Language);
            data["respondents"] = new JsonArray(
                new JsonObject { ["key"] = "ouders", ["label"] = roles.RoleName(PartnerRole.Ouders) },
                new JsonObject { ["key"] = "leerling", ["label"] = roles.RoleName(PartnerRole.Leerling) },
                new JsonObject { ["key"] = "school", ["label"] = roles.RoleName(PartnerRole.School) });
        }
        else
        {
            data["questions"] = new JsonArray([.. turn.Catalogue.Evaluation.Questions.Select(q => (JsonNode)new JsonObject
            {
                ["id"] = q.Id,
                ["aspect"] = q.Aspect,
                ["text"] = q.Text,
            })]);
        }

        // Initials only in a 1:1 chat with a member (docs/cards.md, privacy).
        if (turn.IsPersonal && c.Initials is { } initials)
        {
            data["initials"] = initials;
        }

        return data;
    }

    /// <summary>The id of the n-th (1-based) concrete doel of the plan on the card: <c>goal-d1</c>, <c>goal-d2</c>, ….</summary>
    public static string DoelId(int number) => "d" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Per concrete doel of the agreed plan (doelrealisatie is about the goals set); without them, per doelstelling.</summary>
    private static IEnumerable<JsonNode> Goals(ProcessCatalogue catalogue, Case c)
    {
        if (c.PlanVersions.Count > 0 && c.PlanVersions[^1].Content.Doelen is { Count: > 0 } doelen)
        {
            foreach (var (doel, i) in doelen.Select((d, i) => (d, i)))
            {
                yield return new JsonObject { ["id"] = DoelId(i + 1), ["text"] = doel, ["value"] = "" };
            }

            yield break;
        }

        if (c.Goals.Count == 0)
        {
            yield return new JsonObject { ["id"] = "doelen", ["text"] = EvaluationTexts.AllGoals, ["value"] = "" };
            yield break;
        }

        foreach (var goal in c.Goals)
        {
            var id = goal.ToString().ToLowerInvariant();
            var term = catalogue.Vocabularies.Goals.FirstOrDefault(t => t.Id == id);
            var text = term is null ? goal.ToString() : term.Name + ": " + term.Description;
            yield return new JsonObject { ["id"] = id, ["text"] = text, ["value"] = "" };
        }
    }
}
