using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Intents;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Escalation;

/// <summary>
/// "escaleren naar de Actietafel": who sits at the Regionale Actietafel, what to prepare, and the
/// <c>escalation</c> card (<c>submitEscalation</c> → <c>Case.Escalate</c>, <c>postponeEscalation</c>). When the
/// case is already there, the outcome can be recorded. Planning the table is the meetings flow's "plan actietafel".
/// </summary>
internal sealed class EscalationFlow : IIntentHandler, ICardActionHandler
{
    public const string SubmitVerb = "submitEscalation";
    public const string PostponeVerb = "postponeEscalation";

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Escalate];

    public IReadOnlyCollection<string> Verbs { get; } = [SubmitVerb, PostponeVerb];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        if (await turn.RequireOpenCaseAsync(match.CaseCode, cancellationToken) is { } stored)
        {
            await ProposeAsync(turn, stored, cancellationToken);
        }
    }

    /// <summary>
    /// The proposal itself, also for the next-step flow when the engine's advice is
    /// <see cref="Domain.Guidance.AdviceKind.Stagnation"/>: who, what to prepare and the card; or, when the
    /// case is already registered, the question whether the table has met.
    /// </summary>
    public static async Task ProposeAsync(OzaTurn turn, StoredCase stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var language = turn.Language;
        var c = stored.Case;
        if (c.IsClosed || !c.Track.IsOza())
        {
            await turn.SendAsync(c.IsClosed ? CaseAccessTexts.Closed(turn.Language, stored.Code) : EscalationTexts.In(language).Zio, cancellationToken);
            return;
        }

        if (!c.HasHeld(MeetingKind.Ozo))
        {
            // The OZO escalates to the Actietafel, not a single member: without an OZO, that comes first.
            await turn.SendAsync(EscalationTexts.In(language).OzoFirst, cancellationToken);
            return;
        }

        if (c.Escalations.FirstOrDefault(e => e.Level == EscalationLevel.Actietafel && e.IsOpen) is { } open)
        {
            await turn.Dialogs.BeginDialogAsync(ResolveEscalationDialog.Id, new ResolveEscalationState
            {
                CaseCode = c.Code,
                EscalationId = open.Id,
                Question = EscalationTexts.In(language).AlreadyOpen(c.Code, turn.Dates.Date(open.RaisedAt)),
            }, cancellationToken);
            return;
        }

        var catalogue = turn.Catalogue;
        await turn.SendAsync(EscalationTexts.In(language).WhoAndWhat(EscalationCard.Rule(catalogue), EscalationCard.Participants(catalogue, language)), cancellationToken);
        await turn.SendCardAsync(EscalationCard.Template, EscalationCard.Data(turn, stored), cancellationToken);
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var language = turn.Language;
        var postpone = submission.Verb == PostponeVerb;
        var read = await CaseCardSubmit.ReadAsync(
            turn,
            submission,
            r => postpone ? (null, null) : (Question: r.Required("question", EscalationTexts.MaxQuestionLength, "Vraag"), ParentsInformed: r.Optional("parentsInformed", 5)),
            cancellationToken);
        if (read is not var (stored, revision, (question, parentsInformed)))
        {
            return;
        }

        if (postpone)
        {
            await turn.SendAsync(EscalationTexts.In(language).Postponed, cancellationToken);
            await CaseCardSubmit.ShowResultAsync(turn, submission, Notice(turn, stored, EscalationTexts.In(language).PostponedTitle, EscalationTexts.In(language).Postponed), cancellationToken);
            return;
        }

        if (revision != stored.Case.Revision)
        {
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, EscalationTexts.In(language).Stale, turn.Card(EscalationCard.Template, EscalationCard.Data(turn, stored)), cancellationToken);
            return;
        }

        // An absent toggle is "unchanged" (Teams may drop inputs), and unchanged is the card's "not yet".
        if (parentsInformed != "true")
        {
            await CaseCardSubmit.RefuseAsync(turn, submission, EscalationTexts.In(language).ParentsFirst, cancellationToken);
            return;
        }

        var reason = EscalationCard.Reason(EscalationCard.Triggers(turn, stored.Case));
        var updated = await turn.ChangeCaseAsync(
            stored,
            (c, actor) => c.Escalate(EscalationLevel.Actietafel, reason, question, actor) is { IsRefused: true } refused ? DomainResult.Refused(refused.Reason!) : DomainResult.Ok,
            cancellationToken);
        if (updated is null)
        {
            CaseCardSubmit.RefuseInvoke(turn, submission);
            return;
        }

        await PlanCards.RefreshAsync(turn, updated, cancellationToken);
        await turn.SendAsync(EscalationTexts.In(language).Submitted(updated.Code), cancellationToken);
        var title = EscalationTexts.In(language).SubmittedTitle;
        await CaseCardSubmit.ShowResultAsync(turn, submission, Notice(turn, updated, title, EscalationTexts.In(language).Submitted(updated.Code)), cancellationToken);
    }

    private static JsonObject Notice(OzaTurn turn, StoredCase stored, string title, string message) => turn.Card("notice", new JsonObject
    {
        ["style"] = "good",
        ["marker"] = "✓",
        ["title"] = title,
        ["message"] = message,
        ["caseCode"] = stored.Code,
        ["details"] = new JsonArray(),
        ["card"] = EscalationCard.Template,
        ["actionTitle"] = "",
    });
}
