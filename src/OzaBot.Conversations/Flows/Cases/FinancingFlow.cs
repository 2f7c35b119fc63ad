using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// "financiering vastleggen", "wie betaalt wat", "beschikking aanvragen": the <c>financing</c> card with every
/// agreement and where its decision stands; its submit updates those and adds a new agreement when one is
/// filled in. The plan card shows the result.
/// </summary>
internal sealed class FinancingFlow : IIntentHandler, ICardActionHandler
{
    public const string SaveVerb = "saveFinancing";

    /// <summary>The plan card's "Financiering" button.</summary>
    public const string OpenVerb = "openFinancing";

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.RecordFinancing];

    public IReadOnlyCollection<string> Verbs { get; } = [SaveVerb, OpenVerb];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is { } stored)
        {
            await ShowAsync(turn, stored, cancellationToken);
        }
    }

    private static async Task ShowAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        if (stored.Case.IsClosed)
        {
            await turn.SendAsync(CaseAccessTexts.Closed(turn.Language, stored.Code), cancellationToken);
            return;
        }

        await turn.SendAsync(FinancingTexts.In(turn.Language).Intro(stored.Case.PlanAgreedAt is not null), cancellationToken);
        await turn.SendCardAsync(FinancingCard.Template, FinancingCard.Data(stored, turn.Services.Time.GetUtcNow(), turn.Dates), cancellationToken);
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Verb == OpenVerb)
        {
            await CaseCardSubmit.OpenAsync(turn, submission, FinancingTexts.In(turn.Language).CardComing, ShowAsync, cancellationToken);
            return;
        }

        var read = await CaseCardSubmit.ReadAsync(turn, submission, ReadChanges, cancellationToken);
        if (read is not var (stored, revision, changes))
        {
            return;
        }

        if (revision != stored.Case.Revision)
        {
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, CaseFlowTexts.In(turn.Language).StaleCard, turn.Card(FinancingCard.Template, FinancingCard.Data(stored, turn.Services.Time.GetUtcNow(), turn.Dates)), cancellationToken);
            return;
        }

        if (await turn.ChangeCaseAsync(stored, (c, actor) => Apply(c, changes, actor), cancellationToken) is not { } saved)
        {
            CaseCardSubmit.RefuseInvoke(turn, submission);
            return;
        }

        await CaseCardSubmit.ShowResultAsync(turn, submission, turn.Card(FinancingCard.Template, FinancingCard.Data(saved, turn.Services.Time.GetUtcNow(), turn.Dates)), cancellationToken);
        await turn.SendAsync(FinancingTexts.In(turn.Language).Saved(saved.Code), cancellationToken);
        await PlanCards.RefreshAsync(turn, saved, cancellationToken);
    }

    private static FinancingChanges ReadChanges(SubmitReader reader)
    {
        var statuses = reader.WithPrefix("status-", 50, 20)
            .Select(p => (Id: p.Key, Status: Enum.TryParse<BeschikkingStatus>(p.Value, out var s) ? s : (BeschikkingStatus?)null))
            .ToList();
        var what = reader.Optional("what", 200, "Wat wordt gefinancierd");
        var financer = reader.Enum<Financer>("financer", "Financier");
        var from = reader.Optional("from", 10);
        var until = reader.Optional("until", 10);
        return new FinancingChanges(statuses, what, financer, ParseDate(from), ParseDate(until), until is not null && ParseDate(until) is null);
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private static DomainResult Apply(Case c, FinancingChanges changes, Actor actor)
    {
        if (changes.Statuses.Any(s => s.Status is null) || changes.UntilInvalid)
        {
            return DomainResult.Refused(Refusals.FinancingIncomplete);
        }

        if (c.ReviewFinancing(actor) is { IsRefused: true } closed)
        {
            return closed;
        }

        foreach (var (id, status) in changes.Statuses)
        {
            if (c.Financing.FirstOrDefault(f => f.Id == id) is { } current && current.Beschikking != status
                && c.SetBeschikkingStatus(id, status!.Value, actor) is { IsRefused: true } refused)
            {
                return refused;
            }
        }

        if (changes.What is null)
        {
            return DomainResult.Ok;
        }

        if (changes.Financer is null || changes.From is null)
        {
            return DomainResult.Refused(Refusals.FinancingIncomplete);
        }

        var added = c.AddFinancing(changes.Financer.Value, changes.What, changes.From.Value, changes.Until, actor);
        return added.IsRefused ? DomainResult.Refused(added.Reason!) : DomainResult.Ok;
    }

    private sealed record FinancingChanges(
        IReadOnlyList<(string Id, BeschikkingStatus? Status)> Statuses,
        string? What,
        Financer? Financer,
        DateOnly? From,
        DateOnly? Until,
        bool UntilInvalid);
}
