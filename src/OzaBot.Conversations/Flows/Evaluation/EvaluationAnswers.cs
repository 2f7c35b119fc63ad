using OzaBot.Conversations.Routing;
using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Content;
using OzaBot.Domain.Privacy;

namespace OzaBot.Conversations.Flows.Evaluation;

/// <summary>
/// What an evaluation records, from the card or the text dialog: a tussenevaluatie (<see cref="ProgressAnswers"/>)
/// or the eindevaluatie (<see cref="OutcomeAnswers"/>), each with the result per doel and the toelichting.
/// </summary>
internal abstract record EvaluationAnswers
{
    public const int MaxGoals = 12;

    /// <summary>The card's answer per goal id (<c>d1</c>… for the plan's doelen), when it asked per goal.</summary>
    public IReadOnlyDictionary<string, GoalAttainment> PerGoal { get; init; } = new Dictionary<string, GoalAttainment>();

    public string? Toelichting { get; init; }

    public abstract EvaluationDecision Decision { get; }

    /// <summary>Records these answers on the case; <paramref name="next"/> is the next evaluation (not used by the eindevaluatie).</summary>
    public abstract DomainResult<string> Record(Case c, ProcessCatalogue catalogue, DateTimeOffset next, Actor actor);

    /// <summary>The results per concrete doel of the plan, matched by the card's ids; empty when it asked per doelstelling.</summary>
    public IReadOnlyList<DoelResult> PerDoel(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var doelen = c.PlanVersions.Count > 0 ? c.PlanVersions[^1].Content.Doelen : [];
        return [.. doelen.Select((d, i) => PerGoal.TryGetValue(EvaluationCard.DoelId(i + 1), out var result) ? new DoelResult(d, result) : null).OfType<DoelResult>()];
    }

    /// <summary>The card's answer per goal (<c>goal-…</c>): bereikt, deels or niet; null with the problem when one is missing.</summary>
    protected static IReadOnlyDictionary<string, string?> ReadGoals(SubmitReader reader, Language language, out string? problem)
    {
        var goals = reader.WithPrefix("goal-", MaxGoals, 20);
        problem = goals.Count == 0 || goals.Values.Any(g => g is not ("bereikt" or "deels" or "niet")) ? EvaluationTexts.In(language).GoalsMissing : null;
        return goals;
    }

    protected static Dictionary<string, GoalAttainment> Attainments(IReadOnlyDictionary<string, string?> goals) =>
        goals.ToDictionary(g => g.Key, g => g.Value switch
        {
            "bereikt" => GoalAttainment.Bereikt,
            "niet" => GoalAttainment.NietBereikt,
            _ => GoalAttainment.Gedeeltelijk,
        });

    protected static string? ReadNote(SubmitReader reader, Language language) =>
        reader.Optional("note", 1000, "Toelichting") is { } note && !string.IsNullOrWhiteSpace(note) ? note : null;
}

/// <summary>A tussenevaluatie: the four stap-5 questions (goed, kan beter, zorgelijk), how the doelen stand, and how to go on.</summary>
internal sealed record ProgressAnswers(EvaluationProgress Progress, EvaluationDecision ProgressDecision) : EvaluationAnswers
{
    public override EvaluationDecision Decision => ProgressDecision;

    public override DomainResult<string> Record(Case c, ProcessCatalogue catalogue, DateTimeOffset next, Actor actor) =>
        c.RecordEvaluation(catalogue, Progress, Decision, next, actor, PerDoel(c), Toelichting);

    /// <summary>The rating words of the card and of the text dialog, in the order of <see cref="ProgressRating"/>.</summary>
    public static readonly string[] Ratings = ["goed", "kanbeter", "zorgelijk"];

    /// <summary>Reads the tussenevaluatie card; null with the reader's errors or with <paramref name="problem"/>.</summary>
    public static ProgressAnswers? Read(SubmitReader reader, EvaluationContent content, Language language, DateOnly today, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(content);
        var ratings = content.Questions.Select(q => reader.OneOf("progress-" + q.Id, Ratings, q.Aspect)).ToList();
        var goals = ReadGoals(reader, language, out problem);
        var decision = reader.Enum<EvaluationDecision>("decision", "Besluit");
        var note = ReadNote(reader, language);
        reader.Optional("evaluationId", 40);
        problem ??= decision == EvaluationDecision.Afsluiten ? RefusalTexts.In(language).Say(Refusals.FinalEvaluationCloses, Domain.Content.ProcessCatalogue.Default) : PrivacyCheck.Problem(note, today, language);
        if (problem is not null || decision is null || ratings.Any(r => r is null))
        {
            return null;
        }

        var r = ratings.Select(r => (ProgressRating)Array.IndexOf(Ratings, r)).ToList();
        return new ProgressAnswers(new EvaluationProgress(r[0], r[1], r[2], r[3]), decision.Value) { PerGoal = Attainments(goals), Toelichting = note };
    }
}

/// <summary>The eindevaluatie: doelrealisatie, uitval and tevredenheid (one 1–5 scale everywhere); it closes the arrangement.</summary>
internal sealed record OutcomeAnswers(GoalAttainment Doelrealisatie, bool Uitval, int? Ouders, int? Leerling, int? School) : EvaluationAnswers
{
    private static readonly string[] Respondents = ["ouders", "leerling", "school"];

    public override EvaluationDecision Decision => EvaluationDecision.Afsluiten;

    public override DomainResult<string> Record(Case c, ProcessCatalogue catalogue, DateTimeOffset next, Actor actor) =>
        c.RecordFinalEvaluation(catalogue, new OutcomeScores(Uitval, Doelrealisatie, Ouders, Leerling, School), actor, PerDoel(c), Toelichting);

    /// <summary>"bereikt" for every goal is Bereikt, "niet" for every goal is NietBereikt, anything else Gedeeltelijk.</summary>
    public static GoalAttainment Combine(IReadOnlyCollection<string> perGoal) =>
        perGoal.All(g => g == "bereikt") ? GoalAttainment.Bereikt
        : perGoal.All(g => g == "niet") ? GoalAttainment.NietBereikt
        : GoalAttainment.Gedeeltelijk;

    /// <summary>Reads the eindevaluatie card; null with the reader's errors or with <paramref name="problem"/>.</summary>
    public static OutcomeAnswers? Read(SubmitReader reader, Language language, DateOnly today, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var goals = ReadGoals(reader, language, out problem);
        var uitval = reader.OneOf("uitval", ["ja", "nee"], "Uitval");
        var scores = reader.WithPrefix("tevredenheid-", Respondents.Length, 10);
        var note = ReadNote(reader, language);
        reader.Optional("evaluationId", 40);
        problem ??= scores.Any(s => !Respondents.Contains(s.Key) || (s.Value is not null && s.Value != "onbekend" && Score(s.Value) is null)) ? EvaluationTexts.In(language).SatisfactionRetry
            : PrivacyCheck.Problem(note, today, language);
        if (problem is not null || uitval is null)
        {
            return null;
        }

        return new OutcomeAnswers(Combine([.. goals.Values.OfType<string>()]), uitval == "ja", Score(scores.GetValueOrDefault("ouders")), Score(scores.GetValueOrDefault("leerling")), Score(scores.GetValueOrDefault("school")))
        {
            PerGoal = Attainments(goals),
            Toelichting = note,
        };
    }

    /// <summary>A 1–5 score; null for "?", "onbekend", blanks and anything else.</summary>
    public static int? Score(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5 ? score : null;
}
