using System.Text.Json.Serialization;
using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.State;
using OzaBot.Testing.Bot;
using OzaBot.Testing.Flow;

namespace OzaBot.BotFramework.Tests.Dialogs;

internal sealed class IntakeState
{
    public string? CaseCode { get; set; }

    public decimal? Hours { get; set; }

    public bool? Confirmed { get; set; }
}

internal sealed class HoursState
{
    public decimal Hours { get; set; }
}

[JsonSerializable(typeof(IntakeState))]
[JsonSerializable(typeof(HoursState))]
internal sealed partial class DialogSampleJsonContext : JsonSerializerContext;

/// <summary>
/// A small but complete conversation: component "main" → waterfall "intake" → component "details"
/// → waterfall "details-steps" → number prompt "hours"; plus a text and a confirm prompt.
/// </summary>
internal static class SampleDialogs
{
    public const string AskCaseCode = "Wat is de casuscode?";
    public const string CaseCodeHelp = "De casuscode staat bovenaan het dossier, bijvoorbeeld OZA-7K2P.";
    public const string AskHours = "Hoeveel uur per week?";
    public const string HoursOutOfRange = "Kies een aantal tussen 0 en 40 uur.";
    public const string Saved = "Vastgelegd.";
    public const string NotSaved = "Niet vastgelegd.";

    public static string Confirm(string caseCode, decimal hours) => $"Klopt het: {caseCode}, {hours} uur per week?";

    public static ComponentDialog Root(string intakeVersion = "1", string detailsVersion = "1")
    {
        var main = new ComponentDialog("main");
        main.AddDialog(Intake(intakeVersion))
            .AddDialog(Details(detailsVersion))
            .AddDialog(new TextPrompt("case-code"))
            .AddDialog(new ConfirmPrompt("confirm"));
        return main;
    }

    public static WaterfallDialog<IntakeState> Intake(string version = "1") =>
        new WaterfallDialog<IntakeState>("intake", DialogSampleJsonContext.Default.IntakeState)
        {
            Version = version,
            HelpText = _ => "Hier leg je een nieuwe aanvraag vast.",
        }
        .AddStep((step, ct) => step.State.CaseCode is null
            ? step.PromptAsync("case-code", PromptOptions.FromText(AskCaseCode, help: CaseCodeHelp), ct)
            : step.NextAsync(step.State.CaseCode, ct))
        .AddStep((step, ct) =>
        {
            step.State.CaseCode = step.ResultAs<string>();
            return step.BeginDialogAsync("details", null, ct);
        })
        .AddStep((step, ct) =>
        {
            step.State.Hours = step.ResultAs<decimal>();
            return step.PromptAsync("confirm", PromptOptions.FromText(Confirm(step.State.CaseCode!, step.State.Hours.Value)), ct);
        })
        .AddStep(async (step, ct) =>
        {
            step.State.Confirmed = step.ResultAs<bool>();
            await step.SendAsync(step.State.Confirmed == true ? Saved : NotSaved, ct);
            return await step.EndDialogAsync(step.State, ct);
        });

    public static ComponentDialog Details(string version = "1")
    {
        var details = new ComponentDialog("details") { Version = version };
        details.AddDialog(new WaterfallDialog<HoursState>("details-steps", DialogSampleJsonContext.Default.HoursState)
                .AddStep((step, ct) => step.PromptAsync("hours", PromptOptions.FromText(AskHours), ct))
                .AddStep((step, ct) =>
                {
                    step.State.Hours = step.ResultAs<decimal>();
                    return step.EndDialogAsync(step.State.Hours, ct);
                }))
            .AddDialog(new SampleNumberPrompt("hours", async (prompt, ct) =>
            {
                if (prompt.Recognized.Succeeded && prompt.Recognized.Value is < 0 or > 40)
                {
                    await prompt.Context.SendActivityAsync(HoursOutOfRange, ct);
                    return false;
                }

                return prompt.Recognized.Succeeded;
            }));
        return details;
    }
}

/// <summary>A bot built like production: the root dialog runs each turn on state that lives only as JSON.</summary>
internal sealed class SampleBot(Dialog root, IStatePropertyAccessor<DialogState> dialogState) : IBot
{
    public List<DialogTurnResult> Results { get; } = [];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Results.Add(await root.RunAsync(turnContext, dialogState, cancellationToken));
}

/// <summary>Everything a conversation test needs, with a way to "restart the host" over the same stored JSON.</summary>
internal sealed class SampleHost
{
    public SampleHost(Func<Dialog>? root = null, string locale = "nl-NL", JsonRoundTripStateAccessor<DialogState>? state = null, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider();
        State = state ?? new JsonRoundTripStateAccessor<DialogState>(DialogJsonContext.Default.DialogState);
        Adapter = new TestAdapter { Locale = locale, TimeProvider = Time };
        Adapter.Use(State);
        Bot = new SampleBot((root ?? (() => SampleDialogs.Root()))(), State);
    }

    public FakeTimeProvider Time { get; }

    public TestAdapter Adapter { get; }

    public JsonRoundTripStateAccessor<DialogState> State { get; }

    public SampleBot Bot { get; }

    public string StoredJson => State.Documents[Adapter.ConversationId];

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>A new adapter, accessor, dialog objects and bot: only the stored JSON carries over.</summary>
    public SampleHost Restart(Func<Dialog>? root = null) =>
        new(root, Adapter.Locale, new JsonRoundTripStateAccessor<DialogState>(DialogJsonContext.Default.DialogState, new(State.Documents)));
}
