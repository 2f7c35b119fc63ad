using OzaBot.BotFramework.Builder;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Flows.CaseManagement;
using OzaBot.Conversations.Flows.Partners;
using OzaBot.Domain.Cases;
using OzaBot.Conversations.Routing;

namespace OzaBot.Conversations.Flows.Actions;

/// <summary>"actie toevoegen": what → who (role) → when (or "geen") → saved, with its number in the list.</summary>
internal static class AddActionDialog
{
    public const string Id = "add-action";

    private static readonly string[] NoDeadline = ["geen", "nee", "niet", "geen deadline", "none", "no", "-", "nvt"];

    public static Dialog Create(TimeProvider time, RegionTime region)
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => ActionTexts.In(OzaTurn.Of(context).Language).WhatHelp };
        dialog
            .AddDialog(new WaterfallDialog<ActionState>(Id + "-steps", ActionJsonContext.Default.ActionState)
                .AddStep(async (step, ct) =>
                {
                    if (step.State.Description is not null)
                    {
                        return await step.NextAsync(cancellationToken: ct);
                    }

                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-what", PromptOptions.FromText(ActionTexts.In(language).AskWhat, help: ActionTexts.In(language).WhatHelp), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.Description ??= ShortTextValidator.Answer(step.Context.Activity);
                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-who", new PromptOptions
                    {
                        Prompt = PromptOptions.FromText(ActionTexts.In(language).AskWho).Prompt,
                        Help = ActionTexts.In(language).WhoHelp,
                        Choices = PartnerRoleChoices.Choices(OzaTurn.Of(step.Context).Language),
                    }, ct);
                })
                .AddStep(async (step, ct) =>
                {
                    step.State.Owner = PartnerRoleChoices.At(step.ResultAs<FoundChoice>().Index);
                    var language = OzaTurn.Of(step.Context).Language;
                    return await step.PromptAsync(Id + "-when", PromptOptions.FromText(ActionTexts.In(language).AskWhen, ActionTexts.In(language).WhenRetry, ActionTexts.In(language).WhenHelp), ct);
                })
                .AddStep(async (step, ct) =>
                {
                    var turn = OzaTurn.Of(step.Context);
                    var due = step.Result is DateTimeResolution answer ? ActionDue.From(answer, region) : (DateTimeOffset?)null;
                    var (code, what, owner) = (step.State.CaseCode, step.State.Description!, step.State.Owner!.Value);
                    if (await turn.Services.Cases.GetAsync(turn.CaseKey(code), ct) is not { } stored || !CaseAccess.MayAccess(turn, stored))
                    {
                        await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, code), ct);
                    }
                    else if (await turn.ChangeCaseAsync(stored, (c, actor) => c.AddAction(what, owner, due, actor).WithoutValue(), ct) is { } updated)
                    {
                        await PlanCards.RefreshAsync(turn, updated, ct);
                        await turn.SendAsync(ActionTexts.In(turn.Language).Added(updated.Case.Actions.Count, what, Domain.Guidance.GuidanceTexts.In(turn.Language).RoleName(owner), due is { } d ? ActionTexts.In(turn.Language).Date(d, turn.Services.Region) : null), ct);
                    }

                    return await step.EndDialogAsync(cancellationToken: ct);
                }))
            .AddDialog(new TextPrompt(Id + "-what", ShortTextValidator.ValidateAsync))
            .AddDialog(new ChoicePrompt(Id + "-who"))
            .AddDialog(new DateTimePrompt(Id + "-when", time, region.Zone, validator: (prompt, ct) => ValidateDueAsync(prompt, time, ct)));
        return dialog;
    }

    /// <summary>A date in the future, or "geen" (the prompt then ends with no value: no deadline).</summary>
    private static async Task<bool> ValidateDueAsync(PromptValidatorContext<DateTimeResolution> prompt, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            var text = (prompt.Context.Activity.Text ?? string.Empty).Replace(".", "", StringComparison.Ordinal).TrimEnd('!').ToLowerInvariant();
            return NoDeadline.Contains(text, StringComparer.Ordinal);
        }

        if (ActionDue.From(prompt.Recognized.Value!, OzaTurn.Of(prompt.Context).Services.Region) > time.GetUtcNow())
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(OzaTurn.Of(prompt.Context).Say(Refusals.InPast) + " " + ActionTexts.In(OzaTurn.Of(prompt.Context).Language).AskWhen, cancellationToken);
        return false;
    }
}
