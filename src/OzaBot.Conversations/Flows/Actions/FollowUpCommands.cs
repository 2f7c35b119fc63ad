using System.Globalization;
using System.Text.RegularExpressions;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Partners;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>
/// Short commands the intent recognizer has no intent for — "acties", "actie 2 klaar", "partners"
/// (also "toestemmingen"). The recognizer reads them as no intent (the fallback should try these
/// first) or, with a case code ("acties OZA-…"), as "wissel casus" (CaseListFlow tries these first).
/// </summary>
internal static partial class FollowUpCommands
{
    /// <summary>Handles the text and returns true when it is one of these commands; false leaves it to the caller.</summary>
    public static async Task<bool> TryHandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        var text = (turn.Activity.Text ?? string.Empty);
        if (match.CaseCode is { } code)
        {
            text = text.Replace(code, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = string.Join(' ', text.ToLowerInvariant().Split([' ', '?', '!', '.', ','], StringSplitOptions.RemoveEmptyEntries));
        if ((ActionDone().Match(text) is { Success: true } done ? done : ActionDoneReversed().Match(text)) is { Success: true } found)
        {
            await ActionList.CompleteAsync(turn, match.CaseCode, int.Parse(found.Groups["number"].Value, CultureInfo.InvariantCulture), cancellationToken);
        }
        else if (ListActions().IsMatch(text))
        {
            await ActionList.ShowAsync(turn, match.CaseCode, cancellationToken);
        }
        else if (ListPartners().IsMatch(text))
        {
            await PartnerList.ShowAsync(turn, match.CaseCode, cancellationToken);
        }
        else
        {
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"\b(actie|actiepunt|taak|action|task)\s*#?(?<number>\d{1,3})\b.*\b(klaar|gedaan|afgerond|af|voltooid|done|finished|completed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActionDone();

    [GeneratedRegex(@"\b(klaar|gedaan|afgerond|voltooid|done|finished|completed)\b.*\b(actie|actiepunt|taak|action|task)\s*#?(?<number>\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActionDoneReversed();

    [GeneratedRegex(@"^((open|openstaande|alle|mijn|lijst|toon|laat|zien|de|all|my|list|open|of|met|with)\s)*(acties|actiepunten|taken|actions|tasks|todos)(\s(lijst|list|zien|tonen))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListActions();

    [GeneratedRegex(@"^((alle|lijst|toon|wie|zijn|de|welke|all|list|show|who|are|the)\s)*(partners|deelnemers|rollen|partner|partnerlijst|roles|toestemmingen|consents)(\s(lijst|list|zien|tonen))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListPartners();
}
