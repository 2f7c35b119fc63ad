namespace OzaBot.Domain.Intents;

/// <summary>
/// One way of expressing an intent: every slot must be present (a slot lists alternative concepts, "a|b"),
/// none of the forbidden concepts may be, and the text may be at most <see cref="MaxTokens"/> words long
/// (for rules that rest on a single, common word). More slots = more specific = wins.
/// </summary>
internal sealed record IntentRule(Intent Intent, string[] Slots, int MaxTokens = int.MaxValue, string[]? Forbidden = null)
{
    // Split once: recognising a message tries every rule.
    private readonly string[][] _slotConcepts = [.. Slots.Select(slot => slot.Split('|'))];
    private readonly string[] _forbiddenConcepts = [.. (Forbidden ?? []).SelectMany(forbidden => forbidden.Split('|'))];

    /// <summary>Whether a text of <paramref name="tokenCount"/> words with these concepts expresses this rule.</summary>
    public bool Fits(HashSet<string> concepts, int tokenCount)
    {
        if (tokenCount > MaxTokens)
        {
            return false;
        }

        foreach (var alternatives in _slotConcepts)
        {
            if (!concepts.Overlaps(alternatives))
            {
                return false;
            }
        }

        return !concepts.Overlaps(_forbiddenConcepts);
    }
}

internal static class IntentRules
{
    private const string AnyMeeting = "meeting|ozo|eval|actietafel|projectgroep";
    private const string AnyCase = "case|cases|casecode";

    /// <summary>In priority order for ties.</summary>
    public static readonly IntentRule[] All =
    [
        new(Intent.Cancel, ["laat", "maar"], 4),
        new(Intent.Cancel, ["never", "mind"], 4),
        new(Intent.Cancel, ["cancel"], 4),

        new(Intent.NextStep, ["what", "next", "step"]),
        new(Intent.StartStep, ["start|continue|onward", "next", "step"]),
        new(Intent.StartStep, ["start|continue|onward", "stepword"]),
        new(Intent.StartStep, ["step", "number"]),
        new(Intent.NextStep, ["next", "step"]),
        new(Intent.NextStep, ["what", "now"]),
        new(Intent.NextStep, ["what", "todo"], Forbidden: ["action", "partner", "works"]),
        new(Intent.NextStep, ["who", "turn"]),
        new(Intent.NextStep, ["what", "next"]),
        new(Intent.NextStep, ["what", "continue"]),
        new(Intent.NextStep, ["next"], 3),

        new(Intent.PlanMeeting, ["planverb", "actietafel"]),
        new(Intent.PlanMeeting, ["planverb", "regionaal", "tafel"]),
        new(Intent.Escalate, ["bring", "actietafel"]),
        new(Intent.Escalate, ["bring", "regionaal", "tafel"]),
        new(Intent.Escalate, ["escalate"]),
        new(Intent.Escalate, ["stuck"], 6),
        new(Intent.Escalate, ["actietafel"], 3),

        new(Intent.PlanMeeting, ["planverb", AnyMeeting]),
        new(Intent.PlanMeeting, ["new", AnyMeeting]),
        new(Intent.PlanMeeting, ["ozo"], 2),

        new(Intent.FinalEvaluation, ["final"]),
        new(Intent.FinalEvaluation, ["closing", "eval"]),
        new(Intent.Evaluate, ["eval", "record"]),
        new(Intent.Evaluate, ["outcome", "record"]),
        new(Intent.Evaluate, ["eval"], 5),
        new(Intent.Evaluate, ["outcome"], 4),

        new(Intent.Gesprekskader, ["framework"]),

        new(Intent.RecordCircumstance, ["circumstance"], Forbidden: ["planverb", "partner"]),
        new(Intent.WithdrawConsent, ["consent", "withdraw"]),
        new(Intent.RecordConsent, ["consent"], Forbidden: ["withdraw", "show"]),

        new(Intent.AddPartner, ["add", "partner"], Forbidden: ["action"]),
        new(Intent.AddAction, ["add|new|record", "action"]),

        new(Intent.ListCases, ["my|all|list|show|what", "cases"]),
        new(Intent.ListCases, ["cases"], 2),

        new(Intent.SwitchCase, ["switch", AnyCase]),
        // A case code with words of another intent ("toon plan OZA-…", "verzet de OZO OZA-…") is that intent, about that case.
        new(Intent.SwitchCase, ["start|show|new", "casecode"], Forbidden: ["plannoun", "action", "meeting", "ozo", "eval", "actietafel", "projectgroep", "financing"]),
        new(Intent.SwitchCase, ["casecode"], 3, ["plannoun", "action", "now", "next", "meeting", "ozo", "eval", "actietafel", "projectgroep", "financing"]),

        new(Intent.NewCase, ["new|start", "case"], Forbidden: ["casecode"]),
        new(Intent.NewCase, ["new|record", "signal"]),

        new(Intent.AgreePlan, ["plannoun", "agree"]),
        new(Intent.AgreePlan, ["set", "plannoun", "stuck"]),
        new(Intent.AgreePlan, ["revise", "plannoun|goalnoun"], Forbidden: [AnyMeeting, "financing", "action", "partner", "consent"]),
        new(Intent.RecordFinancing, ["financing"]),

        new(Intent.ShowPlan, ["show", "plannoun"]),
        new(Intent.ShowPlan, ["what", "plannoun"]),
        new(Intent.ShowPlan, ["who", "todo", "what"]),
        new(Intent.ShowPlan, ["show", "action"]),

        new(Intent.CloseCase, ["close", AnyCase]),
        new(Intent.CloseCase, ["close"], 3, ["action", "meeting", "partner"]),
        new(Intent.DeleteCase, ["delete", AnyCase]),
        new(Intent.DeleteCase, ["delete"], 3, ["action", "meeting", "partner"]),
        new(Intent.ExportCase, ["export", AnyCase]),
        new(Intent.ExportCase, ["export"], 3, ["action", "meeting", "partner"]),

        new(Intent.StartStep, ["stepword"], 4),

        new(Intent.Help, ["what", "can", "you"]),
        new(Intent.Help, ["what", "works"], 4),
        new(Intent.Help, ["help"], 5),
    ];
}
