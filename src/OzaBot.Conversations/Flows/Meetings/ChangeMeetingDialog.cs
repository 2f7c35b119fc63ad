using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Dialogs.Prompts;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Meetings;

/// <summary>
/// "verzet de OZO" / "annuleer de afspraak": which planned meeting (asked only when there are
/// several) → in delegated mode, for a meeting in someone's own Outlook calendar, their sign-in →
/// new period and time, or a confirmation → the calendar first, then the case.
/// </summary>
internal static class ChangeMeetingDialog
{
    public const string Id = "change-meeting";
    private const string Steps = "change-meeting-steps";
    private const string MeetingPrompt = "change-meeting-which";
    private const string WindowPrompt = "change-meeting-window";
    private const string SlotPrompt = "change-meeting-slot";
    private const string ConfirmPrompt = "change-meeting-confirm";
    private const string SignInPrompt = "change-meeting-sign-in";
    private const int WindowDays = 14;

    public static Dialog Create(MeetingServices meetings, TimeProvider time)
    {
        var dialog = new ComponentDialog(Id) { HelpText = context => MeetingTexts.In(OzaTurn.Of(context).Language).Help };
        dialog
            .AddDialog(new WaterfallDialog<ChangeMeetingState>(Steps, MeetingsJsonContext.Default.ChangeMeetingState)
                .AddStep((step, ct) => WhichMeetingAsync(step, meetings, ct))
                .AddStep((step, ct) => SignInForOutlookAsync(step, meetings, ct))
                .AddStep((step, ct) => AskWhatAsync(step, meetings, ct))
                .AddStep((step, ct) => CancelOrSuggestAsync(step, meetings, time, ct))
                .AddStep((step, ct) => MoveAsync(step, meetings, ct)))
            .AddDialog(new ChoicePrompt(MeetingPrompt))
            .AddDialog(new SignInPrompt(SignInPrompt))
            .AddDialog(new DateTimePrompt(WindowPrompt, time, meetings.Services.Region.Zone))
            .AddDialog(new ChoicePrompt(SlotPrompt))
            .AddDialog(new ConfirmPrompt(ConfirmPrompt));
        return dialog;
    }

    private static Language LanguageOf(WaterfallStepContext<ChangeMeetingState> step) => OzaTurn.Of(step.Context).Language;

    private static string Help(Language language) => MeetingTexts.In(language).Help;

    private static string Title(Meeting meeting, Language language, RegionTime region) =>
        $"{GuidanceTexts.In(language).MeetingLabel(meeting.Kind)} {MeetingTimes.Slot(region, meeting.Start, meeting.End, language)}";

    private static async Task<DialogTurnResult> WhichMeetingAsync(WaterfallStepContext<ChangeMeetingState> step, MeetingServices meetings, CancellationToken ct)
    {
        var turn = OzaTurn.Of(step.Context);
        var stored = await meetings.CaseAsync(turn, step.State.CaseCode, ct);
        if (stored is null)
        {
            return await step.EndDialogAsync(null, ct);
        }

        var planned = stored.Case.Meetings
            .Where(m => m.Status == Domain.Cases.MeetingStatus.Gepland && (step.State.Kind is null || m.Kind == step.State.Kind))
            .OrderBy(m => m.Start)
            .ToList();
        if (planned.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.In(turn.Language).NoPlannedMeetings(stored.Code), ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.State.CandidateIds = [.. planned.Select(m => m.Id)];
        if (planned.Count == 1)
        {
            return await step.NextAsync(null, ct);
        }

        return await step.PromptAsync(MeetingPrompt, new PromptOptions
        {
            Prompt = ActivityAddressing.Text(MeetingTexts.In(turn.Language).WhichMeeting),
            Choices = [.. planned.Select(m => new Choice(Title(m, turn.Language, turn.Services.Region)))],
            Help = Help(turn.Language),
        }, ct);
    }

    /// <summary>
    /// Delegated mode: a meeting created in someone's own Outlook calendar can only be changed there, with their
    /// sign-in (asked only when the Token Service has no token yet). The next step gets true, or false when declined.
    /// </summary>
    private static async Task<DialogTurnResult> SignInForOutlookAsync(WaterfallStepContext<ChangeMeetingState> step, MeetingServices meetings, CancellationToken ct)
    {
        var state = step.State;
        state.CaseMeetingId = state.CandidateIds[step.Result is FoundChoice choice ? choice.Index : 0];
        var turn = OzaTurn.Of(step.Context);
        var meeting = await ChosenMeetingAsync(turn, meetings, state, ct);
        if (meeting is null)
        {
            return await step.EndDialogAsync(null, ct);
        }

        if (meeting.CalendarReference is null)
        {
            await turn.SendAsync(MeetingTexts.In(turn.Language).NotInCalendar, ct);
            return await step.EndDialogAsync(null, ct);
        }

        state.CalendarMeetingId = meeting.CalendarReference;
        if (meetings.SignIn is not { } signIn)
        {
            return await step.NextAsync(true, ct);
        }

        try
        {
            state.InOutlook = (await FindAsync(meetings.Calendar, state, ct)).ProviderEventId is not null;
        }
        catch (CalendarException e)
        {
            await turn.SendAsync(SchedulingTexts.Error(e.Kind, turn.Locale), ct);
            return await step.EndDialogAsync(null, ct);
        }

        if (!state.InOutlook || await signIn.Sso.SilentAsync(step.Context, ct) is not null)
        {
            return await step.NextAsync(true, ct);
        }

        var language = turn.Language;
        var card = await signIn.Sso.CardAsync(step.Context, MeetingTexts.In(language).SignInToChange, MeetingTexts.In(language).SignInButton, ct);
        var prompt = new Activity { Type = ActivityTypes.Message, Attachments = [card] };
        return await step.PromptAsync(SignInPrompt, new PromptOptions { Prompt = prompt, Help = MeetingTexts.In(language).SignInToChange }, ct);
    }

    private static async Task<DialogTurnResult> AskWhatAsync(WaterfallStepContext<ChangeMeetingState> step, MeetingServices meetings, CancellationToken ct)
    {
        var state = step.State;
        var turn = OzaTurn.Of(step.Context);
        if (!step.ResultAs<bool>())
        {
            await turn.SendAsync(MeetingTexts.In(turn.Language).NotChangedWithoutSignIn, ct);
            return await step.EndDialogAsync(null, ct);
        }

        var meeting = await ChosenMeetingAsync(turn, meetings, state, ct);
        if (meeting is null)
        {
            return await step.EndDialogAsync(null, ct);
        }

        var language = turn.Language;
        return state.Cancel
            ? await step.PromptAsync(ConfirmPrompt, PromptOptions.FromText(MeetingTexts.In(language).ConfirmCancel(meeting.Kind, MeetingTimes.Slot(OzaTurn.Of(step.Context).Services.Region, meeting.Start, meeting.End, language)), help: Help(language)), ct)
            : await step.PromptAsync(WindowPrompt, PromptOptions.FromText(MeetingTexts.In(language).AskNewWindow, help: Help(language)), ct);
    }

    private static async Task<DialogTurnResult> CancelOrSuggestAsync(WaterfallStepContext<ChangeMeetingState> step, MeetingServices meetings, TimeProvider time, CancellationToken ct)
    {
        var state = step.State;
        var turn = OzaTurn.Of(step.Context);
        var language = turn.Language;
        if (state.Cancel)
        {
            if (!step.ResultAs<bool>())
            {
                await turn.SendAsync(MeetingTexts.In(language).KeptMeeting, ct);
                return await step.EndDialogAsync(null, ct);
            }

            await CancelAsync(turn, meetings, state, ct);
            return await step.EndDialogAsync(null, ct);
        }

        var window = step.ResultAs<DateTimeResolution>();
        var today = OzaTurn.Of(step.Context).Services.Region.Date(time.GetUtcNow());
        var from = OzaTurn.Of(step.Context).Services.Region.Date(window.Value);
        from = from < today ? today : from;
        SlotSuggestions suggestions;
        try
        {
            var calendar = await CalendarAsync(turn, meetings, state, ct);
            var current = await FindAsync(calendar, state, ct);
            suggestions = await calendar.SuggestSlotsAsync(
                new SlotQuery(current.OrganizerEmail, [.. current.Attendees.Select(a => a.Email)], current.End - current.Start, from, from.AddDays(WindowDays - 1)),
                ct);
        }
        catch (CalendarException e)
        {
            await FailedAsync(turn, meetings, state, e, ct);
            return await step.EndDialogAsync(null, ct);
        }

        var now = time.GetUtcNow();
        state.Slots = [.. suggestions.Slots.Where(s => s.Start > now).Select(s => new SlotOption(s.Start, s.End))];
        if (state.Slots.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.In(language).NoSlots, ct);
            return await step.EndDialogAsync(null, ct);
        }

        return await step.PromptAsync(SlotPrompt, new PromptOptions
        {
            Prompt = ActivityAddressing.Text(MeetingTexts.In(language).AskNewSlot),
            Choices = [.. state.Slots.Select(s => new Choice(MeetingTimes.Slot(OzaTurn.Of(step.Context).Services.Region, s.Start, s.End, language)))],
            Help = Help(language),
        }, ct);
    }

    private static async Task<DialogTurnResult> MoveAsync(WaterfallStepContext<ChangeMeetingState> step, MeetingServices meetings, CancellationToken ct)
    {
        var state = step.State;
        var turn = OzaTurn.Of(step.Context);
        var slot = state.Slots![step.ResultAs<FoundChoice>().Index];
        var stored = await meetings.CaseAsync(turn, state.CaseCode, ct);
        if (stored is null)
        {
            return await step.EndDialogAsync(null, ct);
        }

        ICalendarService calendar;
        ScheduledMeeting moved;
        ScheduledMeeting before;
        try
        {
            calendar = await CalendarAsync(turn, meetings, state, ct);
            before = await FindAsync(calendar, state, ct);
            moved = await calendar.RescheduleAsync(state.CaseCode, state.CalendarMeetingId!, slot.Start, slot.End, ct);
        }
        catch (CalendarException e)
        {
            await FailedAsync(turn, meetings, state, e, ct);
            return await step.EndDialogAsync(null, ct);
        }

        var updated = await turn.ChangeCaseAsync(stored, (c, actor) => c.RescheduleMeeting(state.CaseMeetingId!, slot.Start, slot.End, actor), ct);
        if (updated is null)
        {
            // The case refused: put the calendar back where it was, so calendar and case agree.
            await TryAsync(() => calendar.RescheduleAsync(state.CaseCode, state.CalendarMeetingId!, before.Start, before.End, ct));
            return await step.EndDialogAsync(null, ct);
        }

        await turn.SendAsync(MeetingTexts.In(turn.Language).Moved(moved.Kind, MeetingTimes.Slot(turn.Services.Region, moved.Start, moved.End, turn.Language)), ct);
        await turn.Context.SendCardAsync(MeetingCards.Confirmation(turn, updated, moved), cancellationToken: ct);
        await PlanCards.RefreshAsync(turn, updated, ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static async Task CancelAsync(OzaTurn turn, MeetingServices meetings, ChangeMeetingState state, CancellationToken ct)
    {
        var stored = await meetings.CaseAsync(turn, state.CaseCode, ct);
        if (stored is null)
        {
            return;
        }

        ScheduledMeeting cancelled;
        try
        {
            var calendar = await CalendarAsync(turn, meetings, state, ct);
            try
            {
                cancelled = await calendar.CancelAsync(state.CaseCode, state.CalendarMeetingId!, MeetingTexts.CancelComment, ct);
            }
            catch (CalendarException e) when (e.Kind == CalendarErrorKind.AlreadyCancelled)
            {
                // Cancelled in the calendar already: the case should say so too.
                cancelled = await FindAsync(calendar, state, ct);
            }
        }
        catch (CalendarException e)
        {
            await FailedAsync(turn, meetings, state, e, ct);
            return;
        }

        var updated = await turn.ChangeCaseAsync(stored, (c, actor) => c.CancelMeeting(state.CaseMeetingId!, actor), ct);
        if (updated is null)
        {
            return;
        }

        await turn.SendAsync(MeetingTexts.In(turn.Language).Cancelled(cancelled.Kind) + (cancelled.CalendarFileUrl is not null ? " " + MeetingTexts.In(turn.Language).CancelledLocal : ""), ct);
        await PlanCards.RefreshAsync(turn, updated, ct);
    }

    private static async Task<Meeting?> ChosenMeetingAsync(OzaTurn turn, MeetingServices meetings, ChangeMeetingState state, CancellationToken ct) =>
        (await meetings.CaseAsync(turn, state.CaseCode, ct))?.Case.Meetings.FirstOrDefault(m => m.Id == state.CaseMeetingId);

    /// <summary>The calendar the meeting lives in: the user's own Outlook calendar (signed in) or OzaBot's.</summary>
    private static async Task<ICalendarService> CalendarAsync(OzaTurn turn, MeetingServices meetings, ChangeMeetingState state, CancellationToken ct)
    {
        if (!state.InOutlook)
        {
            return meetings.Calendar;
        }

        var signedIn = await meetings.SignIn!.Sso.SilentAsync(turn.Context, ct)
            ?? throw new CalendarException(CalendarErrorKind.SignInRequired, "The sign-in is gone since it was asked.");
        return meetings.SignIn.Calendars.For(signedIn.Token);
    }

    private static async Task FailedAsync(OzaTurn turn, MeetingServices meetings, ChangeMeetingState state, CalendarException e, CancellationToken ct)
    {
        if (e.Kind == CalendarErrorKind.SignInRequired)
        {
            // Expired or refused at Entra: forget it at the Token Service, so the next try asks for a new sign-in.
            await meetings.SignIn!.Sso.SignOutAsync(turn.Context, ct);
        }

        // Graph looks for the event in the signed-in user's own mailbox: not there means someone else planned it.
        await turn.SendAsync(
            state.InOutlook && e.Kind is CalendarErrorKind.NotFound or CalendarErrorKind.SignInRequired
                ? MeetingTexts.In(turn.Language).OutlookChangeFailed(e.Kind == CalendarErrorKind.SignInRequired)
                : SchedulingTexts.Error(e.Kind, turn.Locale),
            ct);
    }

    private static async Task<ScheduledMeeting> FindAsync(ICalendarService calendar, ChangeMeetingState state, CancellationToken ct) =>
        (await calendar.ListAsync(state.CaseCode, ct)).FirstOrDefault(m => m.MeetingId == state.CalendarMeetingId)
        ?? throw new CalendarException(CalendarErrorKind.NotFound, "The case's meeting is not in the calendar.");

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (CalendarException)
        {
            // Best effort; the user was told why the case refused.
        }
    }

    public static ChangeMeetingState Start(string caseCode, MeetingChange change) =>
        new() { CaseCode = caseCode, Cancel = change.Cancel, Kind = change.Kind };
}
