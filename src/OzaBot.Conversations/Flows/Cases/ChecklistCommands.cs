using System.Globalization;
using System.Text.RegularExpressions;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// Ticking the current step's checklist by typing, for a phone or a client without cards: "3 klaar",
/// "1, 2 en 4 gedaan", "4 n.v.t.", "2 open". The numbers are those of the checklist card.
/// </summary>
internal static partial class ChecklistCommands
{
    /// <summary>Handles the text and returns true when it is such a command; false leaves it to the caller.</summary>
    public static async Task<bool> TryHandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        var text = (turn.Activity.Text ?? string.Empty).ToLowerInvariant();
        if (match.CaseCode is { } code)
        {
            text = text.Replace(code.ToLowerInvariant(), " ", StringComparison.Ordinal);
        }

        if (Tick().Match(NotApplicable().Replace(text, "nvt").Trim()) is not { Success: true } found)
        {
            return false;
        }

        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return true;
        }

        var catalogue = turn.Catalogue;
        var step = catalogue.Step(stored.Case.CurrentStepId);
        var items = step.ChecklistFor(stored.Case.Track, turn.IsPersonal).ToList();
        var numbers = Numbers().Matches(found.Groups["numbers"].Value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (numbers.Any(n => n < 1 || n > items.Count))
        {
            await turn.SendAsync(ChecklistTexts.In(turn.Language).OutOfRange(step.Name, items.Count), cancellationToken);
            return true;
        }

        var status = found.Groups["status"].Value switch
        {
            "nvt" => ChecklistStatus.NietVanToepassing,
            "open" => ChecklistStatus.Open,
            _ => ChecklistStatus.Gedaan,
        };
        var updated = await turn.ChangeCaseAsync(stored, (c, actor) => Apply(c, catalogue, numbers.Select(n => items[n - 1].Id), status, actor), cancellationToken);
        if (updated is not null)
        {
            var done = items.Count(i => updated.Case.ChecklistStatusOf(i.Id) != ChecklistStatus.Open);
            await turn.SendAsync(ChecklistTexts.In(turn.Language).Ticked(numbers, status, step.Name, done, items.Count), cancellationToken);
            await PlanCards.RefreshAsync(turn, updated, cancellationToken);
        }

        return true;
    }

    private static DomainResult Apply(Case c, Domain.Content.ProcessCatalogue catalogue, IEnumerable<string> itemIds, ChecklistStatus status, Actor actor)
    {
        foreach (var id in itemIds)
        {
            if (c.ChecklistStatusOf(id) != status && c.SetChecklistItem(catalogue, id, status, actor) is { IsRefused: true } refused)
            {
                return refused;
            }
        }

        return DomainResult.Ok;
    }

    [GeneratedRegex(@"^(punt(en)?\s+)?(?<numbers>\d{1,2}(\s*(,|en|and|&)\s*\d{1,2})*)\s+(?<status>klaar|gedaan|afgerond|afgevinkt|done|nvt|open)[.!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tick();

    [GeneratedRegex(@"\bn\.?\s?v\.?\s?t\.?|niet van toepassing|not applicable|n/a", RegexOptions.CultureInvariant)]
    private static partial Regex NotApplicable();

    [GeneratedRegex(@"\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}

/// <summary>What ticking by typing says, one catalogue per language.</summary>
internal abstract class ChecklistTexts
{
    public static ChecklistTexts In(Language language) => language == Language.English ? EnglishTexts.Instance : DutchTexts.Instance;

    public abstract string OutOfRange(string stepName, int count);

    public abstract string Ticked(IReadOnlyList<int> numbers, ChecklistStatus status, string stepName, int done, int total);

    private sealed class DutchTexts : ChecklistTexts
    {
        public static readonly DutchTexts Instance = new();

        public override string OutOfRange(string stepName, int count) =>
            $"Stap {stepName} heeft {count} checklistpunten: kies een nummer van 1 tot en met {count}; de nummers staan op de checklistkaart.";

        public override string Ticked(IReadOnlyList<int> numbers, ChecklistStatus status, string stepName, int done, int total)
        {
            var which = (numbers.Count == 1 ? "Punt " : "Punten ") + string.Join(", ", numbers);
            var what = status switch
            {
                ChecklistStatus.Gedaan => "afgevinkt",
                ChecklistStatus.NietVanToepassing => "niet van toepassing",
                _ => "weer open",
            };
            var next = done == total ? " Alles is rond: typ **klaar met deze stap**." : "";
            return $"✓ {which} {what}. Stap {stepName}: {done} van {total} afgerond.{next}";
        }
    }

    private sealed class EnglishTexts : ChecklistTexts
    {
        public static readonly EnglishTexts Instance = new();

        public override string OutOfRange(string stepName, int count) =>
            $"Step {stepName} has {count} checklist items: choose a number from 1 to {count}; the numbers are on the checklist card.";

        public override string Ticked(IReadOnlyList<int> numbers, ChecklistStatus status, string stepName, int done, int total)
        {
            var which = (numbers.Count == 1 ? "Item " : "Items ") + string.Join(", ", numbers);
            var what = status switch
            {
                ChecklistStatus.Gedaan => "ticked",
                ChecklistStatus.NietVanToepassing => "not applicable",
                _ => "open again",
            };
            var next = done == total ? " All done: type **done with this step**." : "";
            return $"✓ {which} {what}. Step {stepName}: {done} of {total} done.{next}";
        }
    }
}
