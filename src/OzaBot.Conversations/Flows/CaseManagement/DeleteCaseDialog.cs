using OzaBot.Domain.Cases;
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
        var dialog = new ComponentDialog(Id) { HelpText = CaseManagementTexts.DeleteHelp };
        dialog
            .AddDialog(new WaterfallDialog<CaseManagementState>(Id + "-steps", CaseManagementJsonContext.Default.CaseManagementState)
                .AddStep(async (step, ct) =>
                {
                    var english = OzaTurn.Of(step.Context).IsEnglish;
                    return await step.PromptAsync(Id + "-confirm", PromptOptions.FromText(
                        CaseManagementTexts.ConfirmDelete(step.State.CaseCode, english),
                        help: english ? CaseManagementTexts.DeleteHelpEn : CaseManagementTexts.DeleteHelp), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var code = step.State.CaseCode;
                    if (!step.ResultAs<bool>())
                    {
                        await turn.SendAsync(CaseManagementTexts.NotDeleted(code, turn.IsEnglish), ct);
                    }
                    else if (await DeleteAsync(turn.Services.Cases, code, turn, ct) is { } deleted)
                    {
                        turn.Data.Unlink(code);
                        await turn.SendAsync(CaseManagementTexts.Deleted(code, deleted.Case, turn.IsEnglish), ct);
                    }
                    else
                    {
                        turn.Data.Unlink(code);
                        await turn.SendAsync(CaseAccessTexts.NotFound(turn.IsEnglish, code), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ConfirmPrompt(Id + "-confirm"));
        return dialog;
    }

    /// <summary>Deletes the newest version (re-reading once when someone saved in between); null when it is gone or not accessible.</summary>
    private static async Task<StoredCase?> DeleteAsync(CaseStore cases, string code, Routing.OzaTurn turn, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await cases.GetAsync(turn.CaseKey(code), cancellationToken) is not { } stored || !CaseAccess.MayAccess(turn, stored))
            {
                return null;
            }

            try
            {
                await cases.DeleteAsync(stored, cancellationToken);
                return stored;
            }
            catch (StorageConflictException) when (attempt < 3)
            {
                // Someone changed the case while we asked: delete that newer version.
            }
        }
    }
}
