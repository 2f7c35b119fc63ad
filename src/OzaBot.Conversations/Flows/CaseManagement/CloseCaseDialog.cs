using OzaBot.BotFramework.Dialogs;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>"sluit casus": reason → "weet je het zeker?" → closed; the history stays for the retention period.</summary>
internal static class CloseCaseDialog
{
    public const string Id = "close-case";

    public static Dialog Create()
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => CaseManagementTexts.In(OzaTurn.Of(context).Language).CloseHelp };
        dialog
            .AddDialog(new WaterfallDialog<CaseManagementState>(Id + "-steps", CaseManagementJsonContext.Default.CaseManagementState)
                .AddStep(async (step, ct) =>
                {
                    var language = OzaTurn.Of(step.Context).Language;
                    var options = PromptOptions.FromText(CaseManagementTexts.In(language).AskCloseReason(step.State.CaseCode), help: CaseManagementTexts.In(language).CloseHelp);
                    return await step.PromptAsync(Id + "-reason", new PromptOptions
                    {
                        Prompt = options.Prompt,
                        Help = options.Help,
                        Choices = [.. CaseManagementTexts.Reasons.Select(r => new Choice(CaseManagementTexts.In(language).ReasonTitle(r.Reason), r.Synonyms))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    step.State.Reason = CaseManagementTexts.Reasons[step.ResultAs<FoundChoice>().Index].Reason;
                    return await step.PromptAsync(Id + "-confirm", PromptOptions.FromText(CaseManagementTexts.In(turn.Language).ConfirmClose(step.State.CaseCode, turn.Services.Retention.ClosedCaseDays)), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var code = step.State.CaseCode;
                    if (!step.ResultAs<bool>())
                    {
                        await turn.SendAsync(CaseManagementTexts.In(turn.Language).NotClosed(code), ct);
                        return await step.EndDialogAsync(cancellationToken: ct);
                    }

                    var reason = step.State.Reason ?? CloseReason.Overig;
                    if (await turn.Services.Cases.GetAsync(turn.CaseKey(code), ct) is not { } stored || !CaseAccess.MayAccess(turn, stored))
                    {
                        await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, code), ct);
                    }
                    else if (await turn.ChangeCaseAsync(stored, (c, actor) => c.Close(reason, actor), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await turn.SendAsync(CaseManagementTexts.In(turn.Language).Closed(code, turn.Services.PurgeNotice(updated, turn.Language)), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt(Id + "-reason"))
            .AddDialog(new ConfirmPrompt(Id + "-confirm"));
        return dialog;
    }
}
