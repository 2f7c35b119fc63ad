using OzaBot.BotFramework.Dialogs;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>"toestemming intrekken": which of the valid consents (numbered) → withdrawn, kept in the history.</summary>
internal static class WithdrawConsentDialog
{
    public const string Id = "withdraw-consent";

    public static Dialog Create()
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => ConsentTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<WithdrawConsentState>(Id + "-steps", PartnerJsonContext.Default.WithdrawConsentState)
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var stored = await turn.Services.Cases.GetAsync(turn.CaseKey(step.State.CaseCode), ct);
                    var valid = stored?.Case.Consents.Where(c => c.IsValidOn(turn.Services.Time.GetUtcNow())).ToList() ?? [];
                    if (valid.Count == 0)
                    {
                        await turn.SendAsync(ConsentTexts.In(turn.Language).NoneToWithdraw(step.State.CaseCode), ct);
                        return await step.EndDialogAsync(cancellationToken: ct);
                    }

                    step.State.Offered = [.. valid.Select(c => c.Id)];
                    return await step.PromptAsync(Id + "-which", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(ConsentTexts.In(turn.Language).AskWhichToWithdraw).Prompt,
                        Help = ConsentTexts.In(turn.Language).Help,
                        Choices = [.. valid.Select(c => new Choice(ConsentTexts.In(turn.Language).Choice(c)))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var consentId = step.State.Offered[step.ResultAs<FoundChoice>().Index];
                    if (await turn.Services.Cases.GetAsync(turn.CaseKey(step.State.CaseCode), ct) is not { } stored || !CaseAccess.MayAccess(turn, stored))
                    {
                        await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, step.State.CaseCode), ct);
                    }
                    else if (await turn.ChangeCaseAsync(stored, (c, actor) => c.WithdrawConsent(consentId, actor), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await turn.SendAsync(ConsentTexts.In(turn.Language).Withdrawn(updated.Case.Consents.Single(c => c.Id == consentId)), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt(Id + "-which"));
        return dialog;
    }
}
