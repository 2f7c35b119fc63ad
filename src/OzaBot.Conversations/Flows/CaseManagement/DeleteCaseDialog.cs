using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.State;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.CaseManagement;

/// <summary>"verwijder casus": "weet je het zeker?" → the case document is deleted and unlinked; says what went.</summary>
internal static class DeleteCaseDialog
{
    public const string Id = "delete-case";

    public static Dialog Create()
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => CaseManagementTexts.In(OzaTurn.Of(context).Language).DeleteHelp };
        dialog
            .AddDialog(new WaterfallDialog<CaseManagementState>(Id + "-steps", CaseManagementJsonContext.Default.CaseManagementState)
                .AddStep(async (step, ct) =>
                {
                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-confirm", PromptOptions.FromText(
                        CaseManagementTexts.In(language).ConfirmDelete(step.State.CaseCode),
                        help: CaseManagementTexts.In(language).DeleteHelp), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var code = step.State.CaseCode;
                    if (!step.ResultAs<bool>())
                    {
                        await turn.SendAsync(CaseManagementTexts.In(turn.Language).NotDeleted(code), ct);
                    }
                    else
                    {
                        var outcome = await DeleteAsync(turn.Services.Cases, code, turn, ct);
                        if (outcome.Deleted is not { } deleted)
                        {
                            await turn.SendAsync(outcome.NotAllowed ? CaseManagementTexts.In(turn.Language).DeleteNotAllowed(code) : CaseAccessTexts.NotFound(turn.Language, code), ct);
                        }
                        else
                        {
                            turn.Data.Unlink(code);
                            await turn.SendAsync(CaseManagementTexts.In(turn.Language).Deleted(code, deleted.Case), ct);
                        }
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ConfirmPrompt(Id + "-confirm"));
        return dialog;
    }

    /// <summary>Deletes the newest version (re-reading when someone saved in between), if the asker still may.</summary>
    private static Task<(StoredCase? Deleted, bool NotAllowed)> DeleteAsync(CaseStore cases, string code, OzaTurn turn, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync<(StoredCase?, bool)>(async () =>
        {
            // Someone may change the case while we ask: each attempt deletes the newest version.
            if (await cases.GetAsync(turn.CaseKey(code), cancellationToken) is not { } stored || !CaseAccess.MayAccess(turn, stored))
            {
                return (null, false);
            }

            if (!CaseAccess.IsOwnerOrProcesregisseur(turn, stored))
            {
                return (null, true);
            }

            await cases.DeleteAsync(stored, new CaseDeletion(turn.Services.Time.GetUtcNow(), turn.UserId, CaseDeletion.UserRequest), cancellationToken);
            return (stored, false);
        });
}
