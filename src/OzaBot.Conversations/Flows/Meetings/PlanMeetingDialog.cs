using System.Globalization;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.SignIn;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// "plan een OZO": kind → participants by role (+ typed addresses) → e-mail addresses → duration →
/// window → slot card → confirm → calendar → case → confirmation card. The calendar is called first;
/// only when it succeeded is the meeting recorded in the case, and when the case refuses, the
/// calendar meeting is cancelled again: never a half-made meeting.
/// </summary>
internal static class PlanMeetingDialog
{
    public const string Id = "plan-meeting";
    private const string Steps = "plan-meeting-steps";
    private const string KindPrompt = "plan-meeting-kind";
    private const string RolesPrompt = "plan-meeting-roles";
    private const string EmailPrompt = "plan-meeting-email";
    private const string DurationPrompt = "plan-meeting-duration";
    private const string WindowPrompt = "plan-meeting-window";
    private const string SlotPrompt = "plan-meeting-slot";
    private const string ConfirmPrompt = "plan-meeting-confirm";
    private const string SignInPrompt = "plan-meeting-sign-in";
    private const int WindowDays = 14;
    private static readonly int[] Durations = [30, 45, 60, 90];

    public static Dialog Create(MeetingServices meetings, TimeProvider time)
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => MeetingTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<PlanMeetingState>(Steps, MeetingsJsonContext.Default.PlanMeetingState) { Version = "2" }
                .AddStep(AskKindAsync)
                .AddStep(AskRolesAsync)
                .AddStep((step, ct) => AskEmailAsync(step, meetings, time, ct))
                .AddStep(AskDurationAsync)
                .AddStep(AskWindowAsync)
                .AddStep((step, ct) => ProposeSlotsAsync(step, meetings, meetings.Calendar, time, ct))
                .AddStep(ConfirmAsync)
                .AddStep((step, ct) => SignInAsync(step, meetings, ct))
                .AddStep((step, ct) => CreateAsync(step, meetings, time, ct)))
            .AddDialog(new ChoicePrompt(KindPrompt))
            .AddDialog(new TextPrompt(RolesPrompt))
            .AddDialog(new TextPrompt(EmailPrompt, (prompt, _) => Task.FromResult(MeetingRequestValidation.IsEmail(prompt.Recognized.Value?.Trim()))))
            .AddDialog(new ChoicePrompt(DurationPrompt))
            .AddDialog(new DateTimePrompt(WindowPrompt, time, meetings.Services.Region.Zone))
            .AddDialog(new AdaptiveCardPrompt(SlotPrompt))
            .AddDialog(new ConfirmPrompt(ConfirmPrompt))
            .AddDialog(new SignInPrompt(SignInPrompt));
        return dialog;
    }

    /// <summary>The begin options: a fresh meeting id, chosen once for this planning.</summary>
    public static PlanMeetingState Start(Case @case, MeetingKind? kind) => new()
    {
        CaseCode = @case.Code,
        MeetingId = NewMeetingId(),
        IsOza = @case.Track.IsOza(),
        Kind = kind,
        OfferedRoles = OfferedRoles(@case),
    };

    /// <summary>
    /// The id ends up in the case (as calendar reference), whose texts pass the personal-data check; a random
    /// hex id can contain digits that look like a BSN (nine, or eight that lost a leading zero) or a phone
    /// number, so draw again then.
    /// </summary>
    internal static string NewMeetingId()
    {
        string id;
        do
        {
            id = MeetingRequest.NewMeetingId();
        }
        while (Domain.Privacy.PersonalData.Find(id, DateOnly.MinValue) is not null);
        return id;
    }

    private static List<PartnerRole> OfferedRoles(Case @case)
    {
        var roles = @case.Partners.Select(p => p.Role).Distinct().ToList();
        if (roles.Count == 0)
        {
            roles = @case.Track.IsOza()
                ? [PartnerRole.School, PartnerRole.Ouders, PartnerRole.Samenwerkingsverband, PartnerRole.Gebiedsteam, PartnerRole.Leerplicht, PartnerRole.Zorgaanbieder, PartnerRole.Procesregisseur]
                : [PartnerRole.Regiehouder, PartnerRole.School, PartnerRole.Samenwerkingsverband, PartnerRole.Gemeente, PartnerRole.Gebiedsteam, PartnerRole.Zorgaanbieder, PartnerRole.Leerplicht];
        }

        return roles;
    }

    private static MeetingKind[] Kinds(bool isOza) => isOza
        ? [MeetingKind.Ozo, MeetingKind.Evaluatie, MeetingKind.Actietafel]
        : [MeetingKind.Projectgroep, MeetingKind.Evaluatie, MeetingKind.Actietafel];

    private static Language LanguageOf(WaterfallStepContext<PlanMeetingState> step) => OzaTurn.Of(step.Context).Language;

    private static string Help(WaterfallStepContext<PlanMeetingState> step) => MeetingTexts.In(LanguageOf(step)).Help;

    private static Task<DialogTurnResult> RestartAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct) =>
        step.ReplaceDialogAsync(Steps, step.State, ct);

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct)
    {
        if (step.State.Kind is not null)
        {
            return step.NextAsync(null, ct);
        }

        return step.PromptAsync(KindPrompt, new PromptOptions
        {
            Prompt = ActivityAddressing.Text(MeetingTexts.In(LanguageOf(step)).AskKind),
            Choices = [.. Kinds(step.State.IsOza).Select(k => new Choice(GuidanceTexts.In(OzaTurn.Of(step.Context).Language).MeetingLabel(k), SchedulingTexts.KindLabel(k), GuidanceTexts.English.MeetingLabel(k)))],
            Help = Help(step),
        }, ct);
    }

    private static Task<DialogTurnResult> AskRolesAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct)
    {
        if (step.Result is FoundChoice kind)
        {
            step.State.Kind = Kinds(step.State.IsOza)[kind.Index];
        }

        if (step.State.Attendees is not null)
        {
            return step.NextAsync(null, ct);
        }

        return step.PromptAsync(RolesPrompt, PromptOptions.FromText(MeetingTexts.In(LanguageOf(step)).AskRoles(step.State.OfferedRoles), help: Help(step)), ct);
    }

    private static async Task<DialogTurnResult> AskEmailAsync(WaterfallStepContext<PlanMeetingState> step, MeetingServices meetings, TimeProvider time, CancellationToken ct)
    {
        var language = LanguageOf(step);
        var state = step.State;
        if (step.Result is string answer)
        {
            var (attendees, notUnderstood) = RoleSelection.Parse(answer, state.OfferedRoles);
            if (attendees is null)
            {
                // Never echo an address back into a (possibly group) chat.
                await step.SendAsync(notUnderstood!.Contains('@', StringComparison.Ordinal) ? MeetingTexts.In(language).EmailRetry : MeetingTexts.In(language).RolesNotUnderstood(notUnderstood), ct);
                return await RestartAsync(step, ct);
            }

            if (state.Kind == MeetingKind.Ozo && attendees.All(a => a.Role != PartnerRole.School))
            {
                attendees.Insert(0, new AttendeeDraft(PartnerRole.School, null));
                await step.SendAsync(MeetingTexts.In(language).OzoNeedsSchool, ct);
            }

            state.Attendees = attendees;
            if (attendees.Any(a => a.IsFamily))
            {
                await step.SendAsync(MeetingTexts.In(language).FamilyInvitedBySchool, ct);
            }
        }

        // Inviting a partner shares the plan: without the family's consent, ask for other participants.
        var turn = OzaTurn.Of(step.Context);
        if (await meetings.CaseAsync(turn, state.CaseCode, ct) is not { } stored)
        {
            return await step.EndDialogAsync(null, ct);
        }

        if (stored.Case.WithoutConsent(state.Attendees!.Select(a => a.Role), ConsentCategory.Plan, time.GetUtcNow()) is { Count: > 0 } withoutConsent)
        {
            await step.SendAsync(OzaTurn.Of(step.Context).Say(Refusals.NoConsent(withoutConsent)), ct);
            state.Attendees = null;
            return await RestartAsync(step, ct);
        }

        return await PromptNextEmailAsync(step, ct) ?? await step.NextAsync(null, ct);
    }

    /// <summary>Asks the organiser's address, then one per invited role that has none; null when all are known.</summary>
    private static async Task<DialogTurnResult?> PromptNextEmailAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct)
    {
        var language = LanguageOf(step);
        var question = step.State.OrganizerEmail is null ? MeetingTexts.In(language).AskOrganizerEmail
            : step.State.Attendees!.FirstOrDefault(a => a.NeedsEmail) is { } missing ? MeetingTexts.In(language).AskRoleEmail(missing.Role)
            : null;
        return question is null ? null : await step.PromptAsync(EmailPrompt, PromptOptions.FromText(question, MeetingTexts.In(language).EmailRetry, Help(step)), ct);
    }

    private static async Task<DialogTurnResult> AskDurationAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct)
    {
        var state = step.State;
        if (step.Result is string email)
        {
            email = email.Trim();
            if (state.OrganizerEmail is null)
            {
                state.OrganizerEmail = email;
            }
            else
            {
                var index = state.Attendees!.FindIndex(a => a.NeedsEmail);
                state.Attendees[index] = state.Attendees[index] with { Email = email };
            }

            if (state.Attendees!.Any(a => a.NeedsEmail))
            {
                return await RestartAsync(step, ct);
            }
        }

        if (state.DurationMinutes is not null)
        {
            return await step.NextAsync(null, ct);
        }

        var language = LanguageOf(step);
        return await step.PromptAsync(DurationPrompt, new PromptOptions
        {
            Prompt = ActivityAddressing.Text(MeetingTexts.In(language).AskDuration),
            Choices = [.. Durations.Select(m => new Choice(MeetingTexts.In(language).Duration(m), [m.ToString(CultureInfo.InvariantCulture), .. MeetingTexts.DurationSynonyms(m)]))],
            Help = Help(step),
        }, ct);
    }

    private static Task<DialogTurnResult> AskWindowAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct)
    {
        if (step.Result is FoundChoice duration)
        {
            step.State.DurationMinutes = Durations[duration.Index];
        }

        return step.State.WindowFrom is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(WindowPrompt, PromptOptions.FromText(MeetingTexts.In(LanguageOf(step)).AskWindow, help: Help(step)), ct);
    }

    private static async Task<DialogTurnResult> ProposeSlotsAsync(WaterfallStepContext<PlanMeetingState> step, MeetingServices meetings, ICalendarService calendar, TimeProvider time, CancellationToken ct)
    {
        var state = step.State;
        var language = LanguageOf(step);
        if (step.Result is DateTimeResolution window)
        {
            var from = OzaTurn.Of(step.Context).Services.Region.Date(window.Value);
            var today = OzaTurn.Of(step.Context).Services.Region.Date(time.GetUtcNow());
            state.WindowFrom = from < today ? today : from;
        }

        if (state.Chosen is not null)
        {
            return await step.NextAsync(null, ct);
        }

        var turn = OzaTurn.Of(step.Context);
        var stored = await meetings.CaseAsync(turn, state.CaseCode, ct);
        if (stored is null)
        {
            return await step.EndDialogAsync(null, ct);
        }

        if (state.Slots is null)
        {
            SlotSuggestions suggestions;
            try
            {
                var from = state.WindowFrom!.Value;
                suggestions = await calendar.SuggestSlotsAsync(
                    new SlotQuery(state.OrganizerEmail!, [.. state.Attendees!.Where(a => a.Email is not null).Select(a => a.Email!)], TimeSpan.FromMinutes(state.DurationMinutes!.Value), from, from.AddDays(WindowDays - 1)),
                    ct);
            }
            catch (CalendarException e)
            {
                await step.SendAsync(SchedulingTexts.Error(e.Kind, turn.Locale), ct);
                return await step.EndDialogAsync(null, ct);
            }

            // A slot that starts now is of no use (and the case refuses it): offer only later ones.
            var now = time.GetUtcNow();
            state.Slots = [.. suggestions.Slots.Where(s => s.Start > now).Select(s => new SlotOption(s.Start, s.End))];
            if (state.Slots.Count == 0)
            {
                await step.SendAsync(MeetingTexts.In(language).NoSlots, ct);
                state.Slots = null;
                state.WindowFrom = null;
                return await RestartAsync(step, ct);
            }

            var unknown = state.Attendees!
                .Where(a => suggestions.UnknownAvailability.Contains(a.Email!, StringComparer.OrdinalIgnoreCase))
                .Select(a => a.Role).Distinct().ToList();
            if (unknown.Count > 0)
            {
                await step.SendAsync(MeetingTexts.In(language).Unknown(unknown), ct);
            }
        }

        var card = turn.Card(MeetingCards.ProposalTemplate, MeetingCards.ProposalData(turn, stored, state));
        return await step.PromptAsync(SlotPrompt, new PromptOptions
        {
            Prompt = CardMessage.Create(card),
            RetryPrompt = ActivityAddressing.Text(MeetingTexts.In(language).SlotNotUnderstood),
            Help = MeetingTexts.In(language).PickSlotHint,
        }, ct);
    }

    private static async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<PlanMeetingState> step, CancellationToken ct)
    {
        var state = step.State;
        var language = LanguageOf(step);
        if (step.Result is BotFramework.Dialogs.Prompts.CardSubmission submission)
        {
            if (submission.Verb == MeetingCards.RejectSlotsVerb)
            {
                await step.SendAsync(MeetingTexts.In(language).SlotsRejected, ct);
                state.Slots = null;
                state.WindowFrom = null;
                return await RestartAsync(step, ct);
            }

            if (SlotIndex(submission.GetString("slot") ?? submission.Text, state.Slots!.Count) is not { } index)
            {
                await step.SendAsync(MeetingTexts.In(language).SlotNotUnderstood, ct);
                return await RestartAsync(step, ct);
            }

            state.Chosen = state.Slots[index];
        }

        var question = state.Failed
            ? MeetingTexts.In(language).TryAgain
            : MeetingTexts.In(language).Confirm(state.Kind!.Value, MeetingTimes.Slot(OzaTurn.Of(step.Context).Services.Region, state.Chosen!.Start, state.Chosen.End, language), state.Attendees!.Select(a => a.Role).Distinct());
        return await step.PromptAsync(ConfirmPrompt, PromptOptions.FromText(question, help: Help(step)), ct);
    }

    /// <summary>"s2" (the card), "2" or "2." (typed) → index 1.</summary>
    private static int? SlotIndex(string? answer, int count)
    {
        var text = answer?.Trim().TrimStart('s', 'S').TrimEnd('.');
        return int.TryParse(text, out var number) && number >= 1 && number <= count ? number - 1 : null;
    }

    /// <summary>
    /// After a yes, in delegated mode: the user's own calendar needs their sign-in. Asked only now, when the meeting
    /// is really being created, and only when the Token Service has no token for them yet. The next step gets
    /// true (signed in, or no sign-in needed) or false (declined: the .ics calendar).
    /// </summary>
    private static async Task<DialogTurnResult> SignInAsync(WaterfallStepContext<PlanMeetingState> step, MeetingServices meetings, CancellationToken ct)
    {
        var language = LanguageOf(step);
        if (!step.ResultAs<bool>())
        {
            await step.SendAsync(MeetingTexts.In(language).NothingPlanned, ct);
            return await step.EndDialogAsync(null, ct);
        }

        if (meetings.SignIn is not { } signIn || await signIn.Sso.SilentAsync(step.Context, ct) is not null)
        {
            return await step.NextAsync(true, ct);
        }

        var card = await signIn.Sso.CardAsync(step.Context, MeetingTexts.In(language).SignIn, MeetingTexts.In(language).SignInButton, ct);
        var prompt = new Activity { Type = ActivityTypes.Message, Attachments = [card] };
        return await step.PromptAsync(SignInPrompt, new PromptOptions { Prompt = prompt, Help = MeetingTexts.In(language).SignIn }, ct);
    }

    private static async Task<DialogTurnResult> CreateAsync(WaterfallStepContext<PlanMeetingState> step, MeetingServices meetings, TimeProvider time, CancellationToken ct)
    {
        var state = step.State;
        var turn = OzaTurn.Of(step.Context);
        var signedIn = meetings.SignIn is not null && step.ResultAs<bool>() ? step.Context.Services.Get<SignedInUser>() : null;
        var calendar = signedIn is null ? meetings.Calendar : meetings.SignIn!.Calendars.For(signedIn.Token);
        var stored = await meetings.CaseAsync(turn, state.CaseCode, ct);
        if (stored is null)
        {
            return await step.EndDialogAsync(null, ct);
        }

        if (state.Chosen!.Start <= time.GetUtcNow())
        {
            // The user took long enough for the chosen time to pass: pick again rather than let the case refuse.
            await turn.SendAsync(MeetingTexts.In(turn.Language).SlotPassed, ct);
            state.Chosen = null;
            state.Slots = null;
            state.Failed = false;
            return await RestartAsync(step, ct);
        }

        var kind = state.Kind!.Value;
        var request = new MeetingRequest(
            state.MeetingId,
            stored.Code,
            kind,
            state.OrganizerEmail!,
            [.. state.Attendees!.Where(a => a.Email is not null).Select(a => new MeetingAttendee(a.Email!, a.Role, a.Role != PartnerRole.Overig))],
            MeetingCards.Agenda(meetings.Services.Catalogue, stored.Case, kind),
            state.Chosen!.Start,
            state.Chosen.End);
        ScheduledMeeting meeting;
        try
        {
            meeting = await calendar.CreateAsync(request, ct);
        }
        catch (CalendarException e)
        {
            if (e.Kind == CalendarErrorKind.SignInRequired)
            {
                // Expired or refused at Entra: forget it at the Token Service, so the retry asks for a new sign-in.
                await meetings.SignIn!.Sso.SignOutAsync(step.Context, ct);
            }

            await turn.SendAsync(SchedulingTexts.Error(e.Kind, turn.Locale), ct);
            state.Failed = true;
            return await RestartAsync(step, ct);
        }

        var roles = state.Attendees!.Select(a => a.Role).Distinct().ToList();
        var updated = await turn.ChangeCaseAsync(stored, (c, actor) => Record(c, meeting, roles, actor), ct);
        if (updated is null)
        {
            await MeetingCalendar.WithdrawAsync(calendar, meeting, ct);
            return await step.EndDialogAsync(null, ct);
        }

        await turn.SendAsync(MeetingTexts.In(turn.Language).Planned(kind, stored.Code) + (meeting.CalendarFileUrl is not null ? " " + MeetingTexts.In(turn.Language).OpenIcs : ""), ct);
        await turn.Context.SendCardAsync(MeetingCards.Confirmation(turn, updated, meeting), cancellationToken: ct);
        await PlanCards.RefreshAsync(turn, updated, ct);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>Plans the meeting in the case and links it to the calendar; a second call for the same calendar meeting changes nothing.</summary>
    private static DomainResult Record(Case @case, ScheduledMeeting meeting, IReadOnlyList<PartnerRole> roles, Actor actor)
    {
        if (@case.Meetings.Any(m => m.CalendarReference == meeting.MeetingId))
        {
            return DomainResult.Ok;
        }

        var planned = @case.PlanMeeting(meeting.Kind, meeting.Start, meeting.End, roles, actor);
        return planned.IsRefused ? DomainResult.Refused(planned.Reason!) : @case.SetCalendarReference(planned.Value!, meeting.MeetingId, actor);
    }
}
