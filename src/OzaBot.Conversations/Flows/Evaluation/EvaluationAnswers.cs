using OzaBot.Conversations.Routing;
using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Privacy;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// What an evaluation records, from the card or the text dialog. Satisfaction is one 1–5 scale everywhere:
/// card, text dialog and domain ("5 – zeer tevreden" is 5).
/// </summary>
internal sealed record EvaluationAnswers(GoalAttainment Doelrealisatie, bool Uitval, int? Ouders, int? Leerling, int? School, EvaluationDecision Decision)
{
    /// <summary>The card's answer per goal id (<c>d1</c>… for the plan's doelen), when it asked per goal.</summary>
    public IReadOnlyDictionary<string, GoalAttainment> PerGoal { get; init; } = new Dictionary<string, GoalAttainment>();

    public string? Toelichting { get; init; }

    /// <summary>The results per concrete doel of the plan, matched by the card's ids; empty when it asked per doelstelling.</summary>
    public IReadOnlyList<DoelResult> PerDoel(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var doelen = c.PlanVersions.Count > 0 ? c.PlanVersions[^1].Content.Doelen : [];
        return [.. doelen.Select((d, i) => PerGoal.TryGetValue(EvaluationCard.DoelId(i + 1), out var result) ? new DoelResult(d, result) : null).OfType<DoelResult>()];
    }

    public const int MaxGoals = 12;

    private static readonly string[] Respondents = ["ouders", "leerling", "school"];

    public OutcomeScores ToScores() => new(Uitval, Doelrealisatie, Ouders, Leerling, School);

    private static GoalAttainment Attainment(string value) => value switch
    {
        "bereikt" => GoalAttainment.Bereikt,
        "niet" => GoalAttainment.NietBereikt,
        _ => GoalAttainment.Gedeeltelijk,
    };

    /// <summary>"bereikt" for every goal is Bereikt, "niet" for every goal is NietBereikt, anything else Gedeeltelijk.</summary>
    public static GoalAttainment Combine(IReadOnlyCollection<string> perGoal) =>
        perGoal.All(g => g == "bereikt") ? GoalAttainment.Bereikt
        : perGoal.All(g => g == "niet") ? GoalAttainment.NietBereikt
        : GoalAttainment.Gedeeltelijk;

    /// <summary>
    /// Reads the evaluation card's inputs. Null with the reader's errors when a field is missing or of the
    /// wrong shape, or null with <paramref name="problem"/> when the values do not make an evaluation.
    /// </summary>
    public static EvaluationAnswers? Read(SubmitReader reader, bool english, DateOnly today, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var goals = reader.WithPrefix("goal-", MaxGoals, 20);
        var uitval = reader.OneOf("uitval", ["ja", "nee"], english ? "Drop-out" : "Uitval");
        var scores = reader.WithPrefix("tevredenheid-", Respondents.Length, 10);
        var decision = reader.Enum<EvaluationDecision>("decision", english ? "Decision" : "Besluit");
        var note = reader.Optional("note", 1000, english ? "Note" : "Toelichting");
        reader.Optional("evaluationId", 40);
        var goalValues = goals.Values.ToList();
        problem = goalValues.Count == 0 || goalValues.Any(g => g is not ("bereikt" or "deels" or "niet")) ? EvaluationTexts.GoalsMissing(english)
            : scores.Any(s => !Respondents.Contains(s.Key) || (s.Value is not null && s.Value != "onbekend" && Score(s.Value) is null)) ? EvaluationTexts.SatisfactionRetry(english)
            : PrivacyCheck.Problem(note, today) is { } found ? found
            : null;
        return problem is not null || uitval is null || decision is null
            ? null
            : new EvaluationAnswers(Combine(goalValues!), uitval == "ja", Score(scores.GetValueOrDefault("ouders")), Score(scores.GetValueOrDefault("leerling")), Score(scores.GetValueOrDefault("school")), decision.Value)
            {
                PerGoal = goals.ToDictionary(g => g.Key, g => Attainment(g.Value!)),
                Toelichting = string.IsNullOrWhiteSpace(note) ? null : note,
            };
    }

    /// <summary>A 1–5 score; null for "?", "onbekend", blanks and anything else.</summary>
    public static int? Score(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5 ? score : null;
}
