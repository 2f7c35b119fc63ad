using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows;

/// <summary>
/// What no intent matched: the short follow-up commands ("acties", "actie 2 klaar", "partners"),
/// checklist ticks by number ("3 klaar", "4 n.v.t."),
/// moving or cancelling a meeting ("verzet de OZO", "zeg het overleg af"),
/// "klaar met deze stap" (finish the current step, when its rules allow it), otherwise a suggestion of
/// what to type — never silence.
/// </summary>
internal sealed class FallbackFlow(Meetings.MeetingIntentHandler meetings) : IIntentHandler
{
    private static readonly string[] DoneWords = ["klaar", "afgerond", "done", "finished"];
    private static readonly string[] StepWords = ["stap", "step", "fase"];

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.None];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await Actions.FollowUpCommands.TryHandleAsync(turn, match, cancellationToken) ||
            await ChecklistCommands.TryHandleAsync(turn, match, cancellationToken) ||
            await meetings.TryChangeMeetingAsync(turn, match, cancellationToken))
        {
            return;
        }

        var words = (turn.Activity.Text ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Any(w => DoneWords.Contains(w.Trim('.', '!', '?'))) && words.Any(w => StepWords.Contains(w.Trim('.', '!', '?'))))
        {
            if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is { } stored)
            {
                await StepGuidanceFlow.AdvanceAsync(turn, stored, cancellationToken);
            }

            return;
        }

        await turn.SendAsync(AssistantTexts.In(turn.Language).NotUnderstood, cancellationToken);
    }
}
