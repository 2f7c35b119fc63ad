using OzaBot.Domain.Vocabulary;
using System.Text;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>
/// The actions of a case as a numbered list (open first, overdue marked) and "actie 2 klaar". An action's
/// number is its place in the case (1 = the first one added), so it never changes when others are done.
/// </summary>
internal static class ActionList
{
    public static async Task ShowAsync(OzaTurn turn, string? code, CancellationToken cancellationToken)
    {
        if (await turn.RequireCaseAsync(code, cancellationToken) is { } stored)
        {
            await turn.SendAsync(Render(stored.Case, turn.Services.Time.GetUtcNow(), turn.Language, turn.Services.Region), cancellationToken);
        }
    }

    public static async Task CompleteAsync(OzaTurn turn, string? code, int number, CancellationToken cancellationToken)
    {
        if (await turn.RequireCaseAsync(code, cancellationToken) is not { } stored)
        {
            return;
        }

        if (number < 1 || number > stored.Case.Actions.Count)
        {
            await turn.SendAsync(ActionTexts.In(turn.Language).NoSuchAction(number), cancellationToken);
            return;
        }

        var action = stored.Case.Actions[number - 1];
        if (await turn.ChangeCaseAsync(stored, (c, actor) => c.CompleteAction(action.Id, actor), cancellationToken) is { } updated)
        {
            await PlanCards.RefreshAsync(turn, updated, cancellationToken);
            await turn.SendAsync(ActionTexts.In(turn.Language).Completed(number, action.Description), cancellationToken);
        }
    }

    public static string Render(Case c, DateTimeOffset now, Language language, Domain.Scheduling.RegionTime region)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Actions.Count == 0)
        {
            return ActionTexts.In(language).NoActions(c.Code);
        }

        var ordered = c.Actions
            .Select((action, index) => (Action: action, Number: index + 1))
            .OrderBy(a => a.Action.Status)
            .ThenBy(a => a.Action.Due ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Number);
        var text = new StringBuilder(ActionTexts.In(language).ListHeader(c.Code)).Append("\n\n");
        foreach (var (action, number) in ordered)
        {
            var parts = new List<string>();
            if (action.Status == ActionStatus.Open && action.Due < now)
            {
                parts.Add(ActionTexts.In(language).Overdue);
            }

            parts.Add(action.Description);
            parts.Add(Domain.Guidance.GuidanceTexts.In(language).RoleName(action.Owner));
            if (action.Due is { } due)
            {
                parts.Add(ActionTexts.In(language).Due(ActionTexts.In(language).Date(due, region)));
            }

            if (action.Status != ActionStatus.Open)
            {
                parts.Add(action.Status == ActionStatus.Gedaan ? ActionTexts.In(language).Done : ActionTexts.In(language).Cancelled);
            }

            text.Append(number).Append(". ").AppendJoin(" — ", parts).Append('\n');
        }

        return text.Append('\n').Append(ActionTexts.In(language).ListFooter).ToString();
    }
}
