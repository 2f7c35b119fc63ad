using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.Actions;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Domain.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>"toestemming vastleggen": who may receive (role) → what → given by → until → recorded.</summary>
internal static class ConsentDialog
{
    public const string Id = "record-consent";

    public static Dialog Create(TimeProvider time)
    {
        var dialog = new ComponentDialog(Id) { HelpText = PartnerTexts.ConsentHelp(english: false) };
        dialog
            .AddDialog(new WaterfallDialog<ConsentState>(Id + "-steps", PartnerJsonContext.Default.ConsentState)
                .AddStep(async (step, ct) =>
                {
                    var english = OzaTurn.Of(step.Context).IsEnglish;
                    return await step.PromptAsync(Id + "-recipient", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(PartnerTexts.AskRecipient(english)).Prompt,
                        Help = PartnerTexts.ConsentHelp(english),
                        Choices = PartnerRoleChoices.Choices(),
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.Recipient = PartnerRoleChoices.At(step.ResultAs<FoundChoice>().Index);
                    var english = OzaTurn.Of(step.Context).IsEnglish;
                    return await step.PromptAsync(Id + "-what", PromptOptions.FromText(PartnerTexts.AskWhat(english), help: PartnerTexts.ConsentHelp(english)), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.What = ShortTextValidator.Answer(step.Context.Activity);
                    var english = OzaTurn.Of(step.Context).IsEnglish;
                    return await step.PromptAsync(Id + "-giver", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(PartnerTexts.AskGiver(english)).Prompt,
                        Help = PartnerTexts.ConsentHelp(english),
                        Choices = [.. PartnerTexts.Givers.Select(g => new Choice(PartnerTexts.Giver(g.Giver, english), g.Synonyms))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.GivenBy = PartnerTexts.Givers[step.ResultAs<FoundChoice>().Index].Giver;
                    var english = OzaTurn.Of(step.Context).IsEnglish;
                    return await step.PromptAsync(Id + "-until", PromptOptions.FromText(PartnerTexts.AskUntil(english), PartnerTexts.UntilRetry(english), PartnerTexts.ConsentHelp(english)), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var until = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(step.ResultAs<DateTimeResolution>().Value, DateTimePrompt.Amsterdam).Date);
                    var (code, recipient, what, giver) = (step.State.CaseCode, step.State.Recipient!.Value, step.State.What!, step.State.GivenBy!.Value);
                    string? consentId = null;
                    if (await turn.Services.Cases.GetAsync(turn.CaseKey(code), ct) is not { } stored || !CaseAccess.MayAccess(turn, stored))
                    {
                        await turn.SendAsync(CaseAccessTexts.NotFound(turn.IsEnglish, code), ct);
                    }
                    else if (await turn.ChangeCaseAsync(stored, (c, actor) => Record(c.RecordConsent(recipient, what, giver, until, actor), out consentId), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await turn.SendAsync(PartnerTexts.ConsentRecorded(updated.Case.Consents.Single(c => c.Id == consentId), turn.IsEnglish), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt(Id + "-recipient"))
            .AddDialog(new TextPrompt(Id + "-what", ShortTextValidator.ValidateAsync))
            .AddDialog(new ChoicePrompt(Id + "-giver"))
            .AddDialog(new DateTimePrompt(Id + "-until", time, validator: (prompt, ct) => ValidateUntilAsync(prompt, time, ct)));
        return dialog;
    }

    private static DomainResult Record(DomainResult<string> result, out string? id)
    {
        id = result.Value;
        return result.WithoutValue();
    }

    /// <summary>Consent that ends before today is no consent: ask again.</summary>
    private static async Task<bool> ValidateUntilAsync(PromptValidatorContext<DateTimeResolution> prompt, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            return false;
        }

        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), DateTimePrompt.Amsterdam).Date;
        if (TimeZoneInfo.ConvertTime(prompt.Recognized.Value!.Value, DateTimePrompt.Amsterdam).Date >= today)
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(CaseTexts.InPast, cancellationToken);
        return false;
    }
}
