using OzaBot.BotFramework.Builder;
using OzaBot.Domain.Scheduling;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>
/// "toestemming vastleggen (voor het gebiedsteam)": which care partner (unless named) → which data
/// categories → the pupil's age → who gave it (only the givers the age rule allows) → until → recorded.
/// </summary>
internal static class ConsentDialog
{
    public const string Id = "record-consent";

    /// <summary>The roles that need consent, in the order offered.</summary>
    public static readonly IReadOnlyList<PartnerRole> Recipients = [.. Enum.GetValues<PartnerRole>().Where(ConsentRules.NeedsConsent)];

    private static readonly PupilAge[] Ages = Enum.GetValues<PupilAge>();

    private static readonly ConsentGiver[] Givers = Enum.GetValues<ConsentGiver>();

    public static Dialog Create(TimeProvider time, RegionTime region)
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => ConsentTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<ConsentState>(Id + "-steps", PartnerJsonContext.Default.ConsentState)
                .AddStep(async (step, ct) =>
                {
                    var language = OzaTurn.Of(step.Context).Language;
                    if (step.State.Recipient is { } named)
                    {
                        if (ConsentRules.NeedsConsent(named))
                        {
                            return await step.NextAsync(cancellationToken: ct);
                        }

                        step.State.Recipient = null;
                        await step.SendAsync(ConsentTexts.In(language).NotNeeded(CaseTexts.RoleName(named)), ct);
                    }

                    return await step.PromptAsync(Id + "-recipient", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(ConsentTexts.In(language).AskRecipient).Prompt,
                        Help = ConsentTexts.In(language).Help,
                        Choices = PartnerRoleChoices.Choices(OzaTurn.Of(step.Context).Language, Recipients),
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    if (step.Result is FoundChoice choice)
                    {
                        step.State.Recipient = Recipients[choice.Index];
                    }

                    if (step.State.Categories is not null)
                    {
                        return await step.NextAsync(cancellationToken: ct);
                    }

                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-categories", PromptOptions.FromText(
                        ConsentTexts.In(language).AskCategories(CaseTexts.RoleName(step.State.Recipient!.Value)), ConsentTexts.In(language).CategoriesRetry, ConsentTexts.In(language).Help), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    if (step.Result is string categories)
                    {
                        step.State.Categories = [.. ConsentCategoryAnswer.Parse(categories)!];
                    }

                    if (step.State.Age is not null)
                    {
                        return await step.NextAsync(cancellationToken: ct);
                    }

                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-age", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(ConsentTexts.In(language).AskAge).Prompt,
                        Help = ConsentTexts.In(language).Help,
                        Choices = [.. Ages.Select(a => new Choice(ConsentTexts.In(language).AgeName(a)))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    if (step.Result is FoundChoice age)
                    {
                        step.State.Age = Ages[age.Index];
                    }

                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-giver", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(ConsentTexts.In(language).AskGiver(step.State.Age!.Value)).Prompt,
                        Help = ConsentTexts.In(language).Help,
                        Choices = [.. Givers.Select(g => new Choice(ConsentTexts.In(language).Giver(g), GiverWords(g)))],
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var giver = Givers[step.ResultAs<FoundChoice>().Index];
                    var age = step.State.Age!.Value;
                    if (!ConsentRules.MayGive(giver, age))
                    {
                        // The same question again, with the rule: nothing answered so far is lost.
                        await step.SendAsync(OzaTurn.Of(step.Context).Say(Refusals.ConsentWrongGiver(age)), ct);
                        return await step.ReplaceDialogAsync(Id + "-steps", step.State, ct);
                    }

                    step.State.GivenBy = giver;
                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-until", PromptOptions.FromText(ConsentTexts.In(language).AskUntil, ConsentTexts.In(language).UntilRetry, ConsentTexts.In(language).Help), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    await RecordAsync(OzaTurn.Of(step.Context), step.State, step.ResultAs<DateTimeResolution>().Value, ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new ChoicePrompt(Id + "-recipient"))
            .AddDialog(new TextPrompt(Id + "-categories", (prompt, _) => Task.FromResult(ConsentCategoryAnswer.Parse(prompt.Recognized.Value) is not null)))
            .AddDialog(new ChoicePrompt(Id + "-age"))
            .AddDialog(new ChoicePrompt(Id + "-giver"))
            .AddDialog(new DateTimePrompt(Id + "-until", time, region.Zone, validator: (prompt, ct) => ValidateUntilAsync(prompt, time, region, ct)));
        return dialog;
    }

    private static async Task RecordAsync(OzaTurn turn, ConsentState state, DateTimeOffset untilMoment, CancellationToken cancellationToken)
    {
        var until = turn.Services.Region.Date(untilMoment);
        if (await turn.Services.Cases.GetAsync(turn.CaseKey(state.CaseCode), cancellationToken) is not { } stored || !CaseAccess.MayAccess(turn, stored))
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, state.CaseCode), cancellationToken);
            return;
        }

        string? consentId = null;
        var updated = await turn.ChangeCaseAsync(stored, (c, actor) =>
        {
            var result = c.RecordConsent(state.Recipient!.Value, state.Categories!, state.GivenBy!.Value, state.Age!.Value, until, actor);
            consentId = result.Value;
            return result.WithoutValue();
        }, cancellationToken);
        if (updated is not null)
        {
            await PlanCards.RefreshAsync(turn, updated, cancellationToken);
            await turn.SendAsync(ConsentTexts.In(turn.Language).Recorded(updated.Case.Consents.Single(c => c.Id == consentId)), cancellationToken);
        }
    }

    private static string[] GiverWords(ConsentGiver giver) => giver switch
    {
        ConsentGiver.Ouders => ["ouder", "parents", "parent"],
        ConsentGiver.Leerling => ["kind", "jongere", "pupil"],
        _ => ["beide", "allebei", "samen", "both", "ouders en leerling"],
    };

    /// <summary>Consent that ends before today is no consent: ask again.</summary>
    private static async Task<bool> ValidateUntilAsync(PromptValidatorContext<DateTimeResolution> prompt, TimeProvider time, RegionTime region, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            return false;
        }

        if (region.Date(prompt.Recognized.Value!.Value) >= region.Date(time.GetUtcNow()))
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(OzaTurn.Of(prompt.Context).Say(Refusals.InPast), cancellationToken);
        return false;
    }
}
