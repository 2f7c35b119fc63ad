using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.SignIn;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows;
using OzaBot.Conversations.Flows.Meetings;
using OzaBot.Conversations.Reminders;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Intents;

namespace OzaBot.Conversations;

/// <summary>
/// OzaBot's turn logic. A card button goes to the flow that owns its verb; otherwise a waiting dialog
/// gets the message (help/stop/opnieuw are handled there); otherwise the free text is recognised as an
/// intent and handed to its flow. Unknown input gets a suggestion, never silence.
/// </summary>
public sealed class OzaAssistant : ActivityHandler
{
    private readonly OzaServices _services;
    private readonly ReminderSubscriptions _reminders;
    private readonly IStatePropertyAccessor<ConversationData> _data;
    private readonly DialogSet _dialogs;
    private readonly Dictionary<Intent, IIntentHandler> _intents = [];
    private readonly Dictionary<string, ICardActionHandler> _verbs = new(StringComparer.Ordinal);
    private readonly MeetingSignIn? _signIn;

    public OzaAssistant(
        OzaServices services,
        ReminderSubscriptions reminders,
        ConversationState conversationState,
        IEnumerable<Dialog> dialogs,
        IEnumerable<IIntentHandler> intentHandlers,
        IEnumerable<ICardActionHandler> cardHandlers,
        MeetingSignIn? signIn = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _services = services;
        _reminders = reminders;
        _signIn = signIn;
        _data = conversationState.CreateProperty("ozabot", ConversationsJsonContext.Default.ConversationData);
        _dialogs = new DialogSet(conversationState.CreateProperty("DialogState", DialogJsonContext.Default.DialogState));
        foreach (var dialog in dialogs)
        {
            _dialogs.Add(dialog);
        }

        foreach (var handler in intentHandlers)
        {
            foreach (var intent in handler.Intents)
            {
                _intents.Add(intent, handler);
            }
        }

        foreach (var handler in cardHandlers)
        {
            foreach (var verb in handler.Verbs)
            {
                _verbs.Add(verb, handler);
            }
        }
    }

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (_signIn is not null && TeamsSso.IsSignInInvoke(activity))
        {
            return OnSignInAsync(_signIn.Sso, turnContext, cancellationToken);
        }

        return activity.Type == ActivityTypes.Message || (activity.Type == ActivityTypes.Invoke && activity.Name == AdaptiveCardActionInvoke)
            ? OnUserTurnAsync(turnContext, cancellationToken)
            : base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>A sign-in that succeeded (once, whichever device it came from) continues the dialog that asked for it.</summary>
    private async Task OnSignInAsync(TeamsSso sso, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await sso.CompleteAsync(turnContext, cancellationToken))
        {
            var turn = await CreateTurnAsync(turnContext, cancellationToken);
            await turn.Dialogs.ContinueDialogAsync(cancellationToken);
        }
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, bool botWasAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var isPersonal = turnContext.Activity.Conversation?.IsGroup != true;

        // Personal chat: welcome the user; group chat/channel: welcome once, when the bot joins.
        if (isPersonal ? membersAdded.Count > 0 : botWasAdded)
        {
            var turn = await CreateTurnAsync(turnContext, cancellationToken);
            await _reminders.RenewAsync(turn, cancellationToken);
            await WelcomeFlow.WelcomeOnceAsync(turn, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var turn = await CreateTurnAsync(turnContext, cancellationToken);
        await _reminders.RenewAsync(turn, cancellationToken);
        await WelcomeFlow.WelcomeOnceAsync(turn, cancellationToken);
    }

    /// <summary>Uninstalled or removed from the chat: no reminders go there any more.</summary>
    protected override async Task OnBotRemovedAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _reminders.ForgetAsync(await CreateTurnAsync(turnContext, cancellationToken), cancellationToken);

    private async Task OnUserTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        CardSubmission? submission = null;
        if (isInvoke || activity.Value is not null)
        {
            if (!CardSubmission.TryRead(activity, out submission, out var error) && isInvoke)
            {
                turnContext.RespondWithError(400, "BadRequest", error ?? "invalid action");
                return;
            }
        }

        // In group chats and channels Teams puts "<at>OzaBot</at>" in the text. Stripped once here, so
        // prompts and flows read activity.Text as the user typed it (trimmed) and never strip it again.
        if (activity.Text is not null)
        {
            activity.Text = MentionText.WithoutBotMention(activity);
        }

        var turn = await CreateTurnAsync(turnContext, cancellationToken);
        await _reminders.RefreshAsync(turn, cancellationToken);
        if (submission is not null && _verbs.TryGetValue(submission.Verb, out var cardHandler))
        {
            await cardHandler.HandleAsync(turn, submission, cancellationToken);
            return;
        }

        var result = await turn.Dialogs.ContinueDialogAsync(cancellationToken);
        if (result.Status != DialogTurnStatus.Empty)
        {
            return;
        }

        if (isInvoke)
        {
            turnContext.RespondWithError(400, "NotSupported", AssistantTexts.In(turn.Language).UnknownButton);
            return;
        }

        var text = submission?.Data["command"]?.GetValue<string>() ?? activity.Text;
        if (LanguageChoice.TryChoose(text) is { } language)
        {
            turn.Data.Language = language;
            activity.Locale = language;
            await _reminders.RefreshAsync(turn, cancellationToken); // reminders follow the conversation's language
            await turn.SendAsync(AssistantTexts.In(turn.Language).LanguageChosen, cancellationToken);
            return;
        }

        if (ReminderChoice.TryChoose(text) is { } off)
        {
            await _reminders.ChooseAsync(turn, off, cancellationToken);
            return;
        }

        if (ReminderChoice.TryChooseOverviewDay(text) is { } overviewDay)
        {
            await _reminders.ChooseOverviewDayAsync(turn, overviewDay, cancellationToken);
            return;
        }

        if (_signIn is not null && SignOutCommand.Matches(text))
        {
            await _signIn.Sso.SignOutAsync(turnContext, cancellationToken);
            await turn.SendAsync(AssistantTexts.In(turn.Language).SignedOut, cancellationToken);
            return;
        }

        var match = IntentRecognizer.Recognize(text);
        if (_intents.TryGetValue(match.Intent, out var handler))
        {
            await handler.HandleAsync(turn, match, cancellationToken);
        }
        else
        {
            await turn.SendAsync(AssistantTexts.In(turn.Language).NotUnderstood, cancellationToken);
        }
    }

    private async Task<OzaTurn> CreateTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _data.GetAsync(turnContext, () => new ConversationData(), cancellationToken);

        // Dutch for everyone unless this conversation asked for English: the client's own locale (a browser
        // set to English) does not decide, so one conversation never mixes the two languages.
        turnContext.Activity.Locale = data.Language ?? LanguageChoice.Dutch;
        var dialogs = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        var turn = new OzaTurn(turnContext, dialogs, data, _services);

        // Dialog steps reach the turn (case access, conversation data) through the turn's services.
        turnContext.Services.Set(turn);
        return turn;
    }
}
