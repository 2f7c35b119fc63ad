using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>"verzet de OZO", "annuleer afspraak": reschedule or cancel one of the case's meetings.</summary>
internal sealed record MeetingChange(bool Cancel, MeetingKind? Kind);

/// <summary>
/// Recognises moving and cancelling a meeting. The domain's intents have no such intent ("annuleer"
/// alone is the engine's stop), so this looks for a move/cancel verb: a move verb suffices, a cancel
/// verb needs a meeting word next to it ("annuleer" alone stays "stop").
/// </summary>
internal static class MeetingChangeMatcher
{
    private static readonly string[] MoveWords = ["verzet", "verzetten", "verplaats", "verplaatsen", "verschuif", "verschuiven", "reschedule", "move", "postpone", "uitstellen"];
    private static readonly string[] CancelWords = ["annuleer", "annuleren", "afzeggen", "afgezegd", "cancel", "schrap", "schrappen"];
    private static readonly string[] MeetingWords = ["afspraak", "overleg", "meeting", "vergadering", "bijeenkomst", "ozo", "evaluatie", "actietafel", "projectgroep"];

    public static MeetingChange? Match(string? text)
    {
        var words = Words(text);
        var kind = KindOf(words);
        var namesMeeting = words.Any(w => MeetingWords.Any(m => w.StartsWith(m, StringComparison.Ordinal)));
        if (words.Any(w => MoveWords.Contains(w, StringComparer.Ordinal)))
        {
            return new MeetingChange(false, kind);
        }

        var cancels = words.Any(w => CancelWords.Contains(w, StringComparer.Ordinal)) || (words.Contains("zeg") && words.Contains("af"));
        return namesMeeting && cancels ? new MeetingChange(true, kind) : null;
    }

    private static List<string> Words(string? text) =>
        [.. new string([.. (text ?? "").ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static MeetingKind? KindOf(List<string> words) =>
        words.Contains("ozo") ? MeetingKind.Ozo
        : words.Any(w => w.StartsWith("evaluatie", StringComparison.Ordinal) || w == "evaluation") ? MeetingKind.Evaluatie
        : words.Contains("actietafel") ? MeetingKind.Actietafel
        : words.Contains("projectgroep") ? MeetingKind.Projectgroep
        : null;
}
