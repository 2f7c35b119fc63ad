using OzaBot.BotFramework.Builder;
using System.Text.Json.Serialization;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.State;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>What "nieuwe casus" has gathered so far (persisted as JSON between turns).</summary>
public sealed class NewCaseState
{
    public Track? Track { get; set; }

    public string? Initials { get; set; }

    public string? Label { get; set; }

    public SupportLevel? SupportLevel { get; set; }
}

[JsonSerializable(typeof(NewCaseState))]
internal sealed partial class NewCaseJsonContext : JsonSerializerContext;

/// <summary>
/// "Nieuwe casus": (in a team channel: are you sure?) → track → initials (1:1 only, optional) → school/regio label → support level and
/// doelstelling (OZA) → a case with a random code, linked to this conversation so its members share it.
/// </summary>
public static class NewCaseDialog
{
    public const string Id = "new-case";
    private const string ChannelConfirm = "new-case-channel";
    private const string TrackPrompt = "new-case-track";
    private const string ChoiceInput = "new-case-choice";
    private const string InitialsInput = "new-case-initials";
    private const string LabelInput = "new-case-label";

    public static Dialog Create(OzaServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var vocab = services.Catalogue.Vocabularies;
        var dialog = new ComponentDialog(Id) { HelpText = context => Texts(context).NewCaseHelp };
        dialog
            .AddDialog(new WaterfallDialog<NewCaseState>(Id + "-steps", NewCaseJsonContext.Default.NewCaseState) { Version = "2" }
                .AddStep((step, ct) => IsChannel(step)
                    ? step.PromptAsync(ChannelConfirm, PromptOptions.FromText(Texts(step.Context).ConfirmChannel, help: Texts(step.Context).ConfirmChannel), ct)
                    : step.NextAsync(null, ct))
                .AddStep(async (step, ct) =>
                {
                    if (step.Result is false)
                    {
                        await step.SendAsync(Texts(step.Context).UseGroupChat, ct);
                        return await step.EndDialogAsync(null, ct);
                    }

                    var texts = Texts(step.Context);
                    return await step.PromptAsync(TrackPrompt, new PromptOptions
                    {
                        Prompt = BotFramework.Builder.ActivityAddressing.Text(texts.AskTrack),
                        Choices = [.. CaseFlowTexts.Tracks.Select(t => new Choice(texts.TrackName(t.Track), t.Synonyms))],
                        Help = texts.TrackHelp,
                    }, ct);
                })
                .AddStep((step, ct) =>
                {
                    step.State.Track = CaseFlowTexts.Tracks[step.ResultAs<FoundChoice>().Index].Track;
                    return IsPersonal(step)
                        ? step.PromptAsync(InitialsInput, PromptOptions.FromText(Texts(step.Context).AskInitials, help: Texts(step.Context).InitialsHelp), ct)
                        : step.NextAsync(null, ct);
                })
                .AddStep((step, ct) =>
                {
                    var initials = step.Result as string;
                    step.State.Initials = initials is null || CaseFlowTexts.IsNone(initials) ? null : initials.Trim();
                    return step.PromptAsync(LabelInput, PromptOptions.FromText(Texts(step.Context).AskLabel(step.State.Track!.Value), help: Texts(step.Context).LabelHelp), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.Label = step.ResultAs<string>().Trim();
                    return step.State.Track!.Value.IsOza()
                        ? await step.PromptAsync(ChoiceInput, Choices(step.Context, Texts(step.Context).AskSupportLevel, v => v.SupportLevels), ct)
                        : await step.NextAsync(null, ct);
                })
                .AddStep((step, ct) =>
                {
                    if (step.Result is FoundChoice level)
                    {
                        step.State.SupportLevel = Enum.Parse<SupportLevel>(vocab.SupportLevels[level.Index].Id, ignoreCase: true);
                        return step.PromptAsync(ChoiceInput, Choices(step.Context, Texts(step.Context).AskGoal, v => v.Goals), ct);
                    }

                    return step.NextAsync(null, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var goal = step.Result is FoundChoice g ? Enum.Parse<OzaGoal>(vocab.Goals[g.Index].Id, ignoreCase: true) : (OzaGoal?)null;
                    await CreateCaseAsync(step, services, goal, ct);
                    return await step.EndDialogAsync(null, ct);
                }))
            .AddDialog(new ConfirmPrompt(ChannelConfirm))
            .AddDialog(new ChoicePrompt(TrackPrompt))
            .AddDialog(new ChoicePrompt(ChoiceInput))
            .AddDialog(new TextPrompt(InitialsInput, ValidateInitialsAsync))
            .AddDialog(new TextPrompt(LabelInput, ValidateLabelAsync));
        return dialog;
    }

    // Refused answers are explained and the same question stays open; the refused text is not kept.
    private static async Task<bool> ValidateInitialsAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var text = prompt.Recognized.Value?.Trim();
        if (text is null || CaseFlowTexts.IsNone(text) || Case.CheckInitials(text) is { IsOk: true })
        {
            return text is not null;
        }

        await prompt.Context.SendActivityAsync(AskAgain(prompt, OzaTurn.Of(prompt.Context).Say(Case.CheckInitials(text).Reason!)), ct);
        return false;
    }

    /// <summary>Why the answer was refused, and the same question again, in one message.</summary>
    private static BotFramework.Schema.Activity AskAgain(PromptValidatorContext<string> prompt, string reason) =>
        BotFramework.Builder.ActivityAddressing.Text(reason + "\n\n" + prompt.Options.Prompt?.Text);

    private static async Task<bool> ValidateLabelAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var text = prompt.Recognized.Value?.Trim() ?? "";
        var problem = text.Length == 0 ? null
            : text.Length > CaseFlowTexts.MaxLabelLength ? Texts(prompt.Context).LabelRefused
            : PrivacyCheck.Problem(text, prompt.Context);
        if (problem is not null)
        {
            await prompt.Context.SendActivityAsync(AskAgain(prompt, problem), ct);
        }

        return text.Length > 0 && problem is null;
    }

    private static bool IsPersonal(WaterfallStepContext<NewCaseState> step) => OzaTurn.Of(step.Context).IsPersonal;

    /// <summary>A team channel: every member of the team sees the case, not only the people involved.</summary>
    private static bool IsChannel(WaterfallStepContext<NewCaseState> step) =>
        step.Context.Activity.Conversation?.ConversationType == BotFramework.Schema.ConversationTypes.Channel;

    private static CaseFlowTexts Texts(ITurnContext context) => CaseFlowTexts.In(OzaTurn.Of(context).Language);

    /// <summary>The terms in the turn's language; the Dutch and English names are understood in either.</summary>
    private static PromptOptions Choices(ITurnContext context, string question, Func<Domain.Content.Vocabularies, IReadOnlyList<Domain.Content.VocabularyTerm>> list)
    {
        var turn = OzaTurn.Of(context);
        var shown = list(turn.Catalogue.Vocabularies);
        var dutch = list(turn.Services.Catalogue.Vocabularies);
        var language = list(turn.Services.Catalogue.In(Language.English).Vocabularies);
        return new()
        {
            Prompt = BotFramework.Builder.ActivityAddressing.Text(question + "\n\n" + string.Join("\n", shown.Select((t, i) => $"{i + 1}. **{t.Name}** — {t.Description}"))),
            Choices = [.. shown.Select((t, i) => new Choice(t.Name, t.Id, dutch[i].Name, language[i].Name, language[i].Name.Split(" (")[0]))],
        };
    }

    private static async Task CreateCaseAsync(WaterfallStepContext<NewCaseState> step, OzaServices services, OzaGoal? goal, CancellationToken ct)
    {
        var turn = OzaTurn.Of(step.Context);
        var actor = turn.Actor;
        var state = step.State;
        var opened = Case.Open(services.Catalogue, state.Track!.Value, state.Initials, actor);
        if (opened.IsRefused)
        {
            await step.SendAsync(turn.Say(opened.Reason!), ct);
            return;
        }

        var @case = opened.Value!;
        if (state.SupportLevel is { } level)
        {
            @case.ChooseSupportLevel(level, actor);
        }

        if (goal is { } chosen)
        {
            @case.ChooseGoals([chosen], actor);
        }

        var meta = new CaseMeta { TenantId = turn.TenantId, Label = state.Label ?? string.Empty, ConversationIds = [turn.ConversationId] };
        var stored = await services.Cases.CreateAsync(@case, meta, step.Context.Services.Get<TurnAttempt>(), ct);
        turn.Data.Link(stored.Code);
        // One message: the confirmation leads the advice (each message is a post to the chat, and one more to read).
        await NextStepFlow.SendAdviceAsync(turn, stored, ct, lead: CaseFlowTexts.In(turn.Language).Created(stored.Code));
    }
}
