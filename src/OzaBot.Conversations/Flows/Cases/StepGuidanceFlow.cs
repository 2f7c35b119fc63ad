using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Intents;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// Step guidance: the current step's goal, its checklist as a card (tick items, add a note) and the
/// tools it mentions; "klaar met deze stap" moves the case on only when the step's rules allow it.
/// </summary>
public sealed class StepGuidanceFlow : IIntentHandler, ICardActionHandler
{
    private const string SaveVerb = "saveChecklist";

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.StartStep];

    public IReadOnlyCollection<string> Verbs { get; } = [SaveVerb, "showGuidance"];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireCaseAsync(match.CaseCode, cancellationToken) is not { } stored)
        {
            return;
        }

        if (match.StepId is { } named && named != stored.Case.CurrentStepId)
        {
            await turn.SendAsync(StepTexts.OtherStep(turn.Catalogue.Step(named).Name, turn.Catalogue.Step(stored.Case.CurrentStepId).Name), cancellationToken);
        }

        await SendGuidanceAsync(turn, stored, cancellationToken);
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var catalogue = turn.Catalogue;
        if (submission.Verb != SaveVerb)
        {
            if (await CaseCardSubmit.ReadAsync(turn, submission, _ => 0, cancellationToken) is var (shown, _, _))
            {
                await CaseCardSubmit.ShowToPresserAsync(turn, submission, GuidanceCard(turn, shown), cancellationToken);
            }

            return;
        }

        var read = await CaseCardSubmit.ReadAsync(turn, submission, r => ChecklistSubmit.Read(r, catalogue, turn.IsPersonal), cancellationToken);
        if (read is not var (stored, revision, save))
        {
            return;
        }

        if (revision != stored.Case.Revision || (save.Step is not null && save.Step != stored.Case.CurrentStepId))
        {
            // A stale card: someone changed the case since it was sent. Show the current state, apply nothing.
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, CaseFlowTexts.In(turn.Language).StaleCard, GuidanceCard(turn, stored), cancellationToken);
            return;
        }

        if (await turn.ChangeCaseAsync(stored, (c, actor) => ApplyChecklist(c, save, catalogue, actor), cancellationToken) is not { } updated)
        {
            CaseCardSubmit.RefuseInvoke(turn, submission);
            return;
        }

        // Everyone in the chat sees the ticked items too.
        await CaseCardSubmit.ShowResultAsync(turn, submission, GuidanceCard(turn, updated), cancellationToken);
        if (!submission.IsInvoke)
        {
            await turn.SendAsync(CaseFlowTexts.In(turn.Language).StepSaved, cancellationToken);
        }

        await PlanCards.RefreshAsync(turn, updated, cancellationToken);
    }

    private static JsonObject GuidanceCard(OzaTurn turn, StoredCase stored) =>
        turn.Card("step-guidance", CaseCardData.StepGuidance(stored, turn.Catalogue, turn.Dates, turn.IsPersonal));

    public static async Task SendGuidanceAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var catalogue = turn.Catalogue;
        var step = catalogue.Step(stored.Case.CurrentStepId);
        var tools = step.Tools is { Count: > 0 } list ? "\n\n" + StepTexts.Tools + " " + string.Join("; ", list.Select(t => t.Name)) : string.Empty;
        var guide = stored.Case.Track.IsOza() ? string.Empty : "\n\n" + StepTexts.ZioGuide(catalogue.ZioGuide);
        await turn.SendTextWithCardAsync($"**{step.Name}** — {step.Goal}{tools}{guide}", "step-guidance", CaseCardData.StepGuidance(stored, catalogue, turn.Dates, turn.IsPersonal), cancellationToken);
    }

    /// <summary>"Klaar met deze stap": moves on when the step's rules allow it, else says what is still open.</summary>
    public static async Task AdvanceAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        var catalogue = turn.Catalogue;
        if (await turn.ChangeCaseAsync(stored, (c, actor) => c.AdvanceStep(catalogue, actor), cancellationToken) is { } updated)
        {
            await turn.SendAsync(CaseFlowTexts.In(turn.Language).StepAdvanced(catalogue.Step(updated.Case.CurrentStepId).Name), cancellationToken);
            await SendGuidanceAsync(turn, updated, cancellationToken);
            await PlanCards.RefreshAsync(turn, updated, cancellationToken);
        }
    }

    private static DomainResult ApplyChecklist(Case c, ChecklistSubmit save, ProcessCatalogue catalogue, Actor actor)
    {
        foreach (var (itemId, ticked) in save.Items)
        {
            if (ticked is not { } done)
            {
                continue; // Teams may drop inputs (reported for channels): a missing toggle means "unchanged".
            }

            var current = c.Checklist.FirstOrDefault(e => e.ItemId == itemId)?.Status ?? ChecklistStatus.Open;
            var wanted = done ? (current == ChecklistStatus.NietVanToepassing ? current : ChecklistStatus.Gedaan) : ChecklistStatus.Open;
            if (wanted != current && c.SetChecklistItem(catalogue, itemId, wanted, actor) is { IsRefused: true } refused)
            {
                return refused;
            }
        }

        return save.Note is { } note ? c.AddStepNote(note, actor) : DomainResult.Ok;
    }

    private sealed record ChecklistSubmit(string? Step, IReadOnlyDictionary<string, bool?> Items, string? Note)
    {
        /// <summary>Every checklist item id of the catalogue may appear (the card holds those of one step); a missing toggle means "unchanged".</summary>
        public static ChecklistSubmit Read(SubmitReader reader, ProcessCatalogue catalogue, bool personal) => new(
            reader.Optional("step", 64),
            catalogue.OzaSteps.Concat(catalogue.ZioSteps).SelectMany(s => s.Checklist).Where(i => personal || !i.Sensitive)
                .Select(i => i.Id).Distinct()
                .Select(id => (id, value: reader.Optional("check-" + id, 5)))
                .Where(p => p.value is not null)
                .ToDictionary(p => p.id, p => (bool?)(p.value == "true")),
            reader.Optional("note", 200));
    }
}

internal static class StepTexts
{
    public const string Tools = "Hulpmiddelen bij deze stap:";

    /// <summary>The questions to ask at every ZiO step, and that the steps are a guide, not a mould.</summary>
    public static string ZioGuide(ZioGuide guide) =>
        "**Bespreek bij deze stap:**\n" + string.Join("\n", guide.Questions.Select(q => "- " + q)) + "\n\n" + guide.Note;

    public static string OtherStep(string named, string current) =>
        $"De casus staat nu in stap **{current}**, niet in {named}. Hieronder de checklist van de huidige stap.";
}
