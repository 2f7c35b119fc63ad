using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations.Routing;

/// <summary>Answers a recognised free-text intent (when no dialog is waiting for an answer).</summary>
public interface IIntentHandler
{
    IReadOnlyCollection<Intent> Intents { get; }

    Task HandleAsync(OzaTurn turn, IntentMatch match, CancellationToken cancellationToken);
}

/// <summary>
/// Handles card buttons by verb: an Action.Execute invoke (answer with <c>RespondWithCard</c>) or its
/// Action.Submit fallback message. The payload is untrusted: read it with <see cref="SubmitReader"/>.
/// </summary>
public interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    Task HandleAsync(OzaTurn turn, CardSubmission submission, CancellationToken cancellationToken);
}
