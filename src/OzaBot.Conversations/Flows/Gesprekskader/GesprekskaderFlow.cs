using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Flows.Evaluation;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;
using OzaBot.Domain.Privacy;

namespace OzaBot.Conversations.Flows.Gesprekskader;

/// <summary>
/// "gesprekskader": the text conversation (<see cref="GesprekskaderDialog"/>) and the summary cards' save
/// button (<c>saveGesprekskader</c>), which changes the notes of one block in this chat's session. It needs
/// no case: its questions are about the regional collaboration, not about a pupil.
/// </summary>
internal sealed class GesprekskaderFlow(EvaluationFlowsStore flows) : IIntentHandler, ICardActionHandler
{
    public const string SaveVerb = "saveGesprekskader";

    private const int MaxQuestions = 10;

    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Gesprekskader];

    public IReadOnlyCollection<string> Verbs { get; } = [SaveVerb];

    public async Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(match);
        await turn.Dialogs.BeginDialogAsync(GesprekskaderDialog.Id, new GesprekskaderDialogState(), cancellationToken);
    }

    public async Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(submission);
        var language = turn.Language;
        var catalogue = turn.Catalogue;
        var blocks = catalogue.ConversationFramework.Blocks;
        var reader = turn.Reader(submission.Data);
        var revision = reader.WholeNumber("revision", 0, int.MaxValue);
        var number = reader.WholeNumber("block", 1, blocks.Count, "Blok");
        var answers = reader.WithPrefix("answer-", MaxQuestions, GesprekskaderTexts.MaxNoteLength);
        reader.RejectUnread();
        if (!reader.IsValid || revision is null || number is null)
        {
            await CaseCardSubmit.RefuseAsync(turn, submission, reader.ErrorMessage, cancellationToken);
            return;
        }

        var session = (await flows.DataAsync(turn.Context, cancellationToken)).Gesprekskader;
        var block = blocks.First(b => b.Number == number);
        if (session is null || !session.Blocks.Contains(block.Number))
        {
            await CaseCardSubmit.RefuseAsync(turn, submission, GesprekskaderTexts.In(language).NoSession, cancellationToken);
            return;
        }

        if (revision != session.RevisionOf(block.Number))
        {
            var current = turn.Card(GesprekskaderCard.Template, GesprekskaderCard.Data(catalogue, session, block, language));
            await CaseCardSubmit.ShowCurrentAsync(turn, submission, GesprekskaderTexts.In(language).Stale, current, cancellationToken);
            return;
        }

        var notes = answers
            .Select(a => (Question: GesprekskaderCard.QuestionNumber(a.Key), Note: a.Value))
            .ToList();
        if (notes.Any(n => n.Question is null || n.Question < 1 || n.Question > block.Questions.Count))
        {
            await CaseCardSubmit.RefuseAsync(turn, submission, CardTexts.NotSaved(turn.Locale) + " " + CardTexts.Invalid(turn.Locale, "answer"), cancellationToken);
            return;
        }

        if (notes.Select(n => PrivacyCheck.Problem(n.Note, turn.Context)).FirstOrDefault(p => p is not null) is { } found)
        {
            await CaseCardSubmit.RefuseAsync(turn, submission, found, cancellationToken);
            return;
        }

        // An absent input means "unchanged" (Teams may drop inputs); a sent empty one clears the note.
        session.SetNotes(block.Number, notes.Select(n => (n.Question!.Value, (string?)n.Note)));

        await turn.SendAsync(GesprekskaderTexts.In(language).Saved(block.Number), cancellationToken);
        var card = turn.Card(GesprekskaderCard.Template, GesprekskaderCard.Data(catalogue, session, block, language));
        await CaseCardSubmit.ShowResultAsync(turn, submission, card, cancellationToken);
    }
}
