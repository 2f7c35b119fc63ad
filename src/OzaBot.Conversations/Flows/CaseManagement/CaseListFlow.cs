using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Actions;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>"mijn casussen" lists the cases linked to this conversation; "wissel casus" makes another one active (by code or number).</summary>
internal sealed partial class CaseListFlow : IIntentHandler
{
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.ListCases, Intent.SwitchCase];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (match.Intent == Intent.SwitchCase && await FollowUpCommands.TryHandleAsync(turn, match, cancellationToken))
        {
            return;
        }

        if (match.Intent == Intent.SwitchCase)
        {
            await SwitchAsync(turn, match, cancellationToken);
        }
        else
        {
            await ListAsync(turn, cancellationToken);
        }
    }

    private static async Task SwitchAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        var code = match.CaseCode;
        if (code is null && NumberPattern().Match((turn.Activity.Text ?? string.Empty)) is { Success: true } number)
        {
            var n = int.Parse(number.Value, CultureInfo.InvariantCulture);
            var cases = await VisibleCasesAsync(turn, cancellationToken);
            if (n < 1 || n > cases.Count)
            {
                await turn.SendAsync(CaseManagementTexts.In(turn.Language).NoSuchNumber(n), cancellationToken);
                return;
            }

            code = cases[n - 1].Code;
        }

        if (code is null)
        {
            await ListAsync(turn, cancellationToken);
            return;
        }

        // RequireCaseAsync checks access and makes the case the active one of this conversation.
        if (await turn.RequireCaseAsync(code, cancellationToken) is { } stored)
        {
            await turn.SendAsync(CaseManagementTexts.In(turn.Language).Switched(stored.Code), cancellationToken);
        }
    }

    private static async Task ListAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        var cases = await VisibleCasesAsync(turn, cancellationToken);
        if (cases.Count == 0)
        {
            await turn.SendAsync(CaseAccessTexts.NoCase(turn.Language), cancellationToken);
            return;
        }

        var language = turn.Language;
        var text = new StringBuilder(CaseManagementTexts.In(language).ListHeader).Append("\n\n");
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i].Case;
            var step = turn.Catalogue.TryGetStep(c.CurrentStepId, out var s) ? s.Name : c.CurrentStepId;
            var active = cases.Count > 1 && c.Code == turn.Data.ActiveCaseCode;

            // Initials only in a 1:1 chat; group chats and channels see the code alone.
            text.Append(CaseManagementTexts.In(language).ListLine(i + 1, c.Code, CaseFlowTexts.In(language).TrackName(c.Track), step, turn.IsPersonal ? c.Initials : null, active, c.IsClosed)).Append('\n');
        }

        text.Append('\n').Append(CaseManagementTexts.In(language).ListFooter);
        await turn.SendAsync(text.ToString(), cancellationToken);
    }

    /// <summary>The linked cases this user may see; codes of cases deleted elsewhere are dropped from the conversation.</summary>
    private static async Task<List<StoredCase>> VisibleCasesAsync(OzaTurn turn, CancellationToken cancellationToken)
    {
        var visible = new List<StoredCase>();
        foreach (var code in turn.Data.CaseCodes.ToList())
        {
            var stored = await turn.Services.Cases.GetAsync(turn.CaseKey(code), cancellationToken);
            if (stored is null)
            {
                turn.Data.Unlink(code);
            }
            else if (CaseAccess.MayAccess(turn, stored))
            {
                visible.Add(stored);
            }
        }

        return visible;
    }

    [GeneratedRegex(@"\b\d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
