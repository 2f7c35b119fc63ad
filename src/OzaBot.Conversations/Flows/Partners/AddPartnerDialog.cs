using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>
/// "partner toevoegen": role (unless the message named it) → who (@mention, e-mail or "geen", unless the
/// message said it) → saved. A procesregisseur replaces the current one: there is always exactly one.
/// </summary>
internal static class AddPartnerDialog
{
    public const string Id = "add-partner";

    private static readonly string[] NoContact = ["geen", "nee", "niemand", "later", "none", "no", "nobody", "-"];

    public static Dialog Create()
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => PartnerTexts.In(OzaTurn.Of(context).Language).RoleHelp };
        dialog
            .AddDialog(new WaterfallDialog<AddPartnerState>(Id + "-steps", PartnerJsonContext.Default.AddPartnerState)
                .AddStep(async (step, ct) =>
                {
                    if (step.State.Role is not null)
                    {
                        return await step.NextAsync(cancellationToken: ct);
                    }

                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-role", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(PartnerTexts.In(language).AskRole).Prompt,
                        Help = PartnerTexts.In(language).RoleHelp,
                        Choices = PartnerRoleChoices.Choices(OzaTurn.Of(step.Context).Language),
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    if (step.Result is FoundChoice choice)
                    {
                        step.State.Role = PartnerRoleChoices.At(choice.Index);
                    }

                    if (step.State.ContactKnown)
                    {
                        return await step.NextAsync(cancellationToken: ct);
                    }

                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-contact", PromptOptions.FromText(
                        PartnerTexts.In(language).AskContact(GuidanceTexts.In(OzaTurn.Of(step.Context).Language).RoleName(step.State.Role!.Value)), PartnerTexts.In(language).ContactRetry, PartnerTexts.In(language).ContactHelp), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    if (!step.State.ContactKnown && PartnerContact.From(turn.Activity) is { } answered)
                    {
                        (step.State.UserId, step.State.Email) = (answered.UserId, answered.Email);
                    }

                    await SaveAsync(turn, step.State, ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt(Id + "-role"))
            .AddDialog(new TextPrompt(Id + "-contact", ValidateContactAsync));
        return dialog;
    }

    private static async Task SaveAsync(Routing.OzaTurn turn, AddPartnerState state, CancellationToken cancellationToken)
    {
        var (code, role) = (state.CaseCode, state.Role!.Value);
        var contact = state.UserId is null && state.Email is null ? null : new PartnerContact(state.UserId, state.Email);
        if (await turn.Services.Cases.GetAsync(turn.CaseKey(code), cancellationToken) is not { } stored || !CaseAccess.MayAccess(turn, stored))
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, code), cancellationToken);
            return;
        }

        var replaces = role == PartnerRole.Procesregisseur && stored.Case.Procesregisseur is not null;

        // An e-mail address is never kept with a partner (nor shown as one): it is asked again, only for the
        // invitation, when a meeting is planned, and kept with that meeting alone.
        var updated = await turn.ChangeCaseAsync(
            stored,
            (c, actor) => (role == PartnerRole.Procesregisseur && c.Procesregisseur is not null
                ? c.ReplaceProcesregisseur(null, state.UserId, actor)
                : c.AddPartner(role, null, state.UserId, actor)).WithoutValue(),
            cancellationToken);
        if (updated is not null)
        {
            await PlanCards.RefreshAsync(turn, updated, cancellationToken);
            var added = replaces ? PartnerTexts.In(turn.Language).Replaced(code, contact) : PartnerTexts.In(turn.Language).Added(CaseTexts.RoleName(role), code, contact);
            var withoutConsent = updated.Case.WithoutConsent([role], ConsentCategory.Plan, turn.Services.Time.GetUtcNow()).Count > 0;
            await turn.SendAsync(withoutConsent ? added + " " + ConsentTexts.In(turn.Language).StillNeeded(CaseTexts.RoleName(role)) : added, cancellationToken);
        }
    }

    private static Task<bool> ValidateContactAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        // In a group chat the answer starts with the bot's own mention.
        var text = (prompt.Context.Activity.Text ?? string.Empty).TrimEnd('.', '!').ToLowerInvariant();
        return Task.FromResult(
            PartnerContact.From(prompt.Context.Activity) is not null ||
            NoContact.Contains(text, StringComparer.Ordinal));
    }
}
