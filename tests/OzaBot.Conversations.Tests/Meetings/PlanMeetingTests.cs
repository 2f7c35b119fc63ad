using System.Text.Json;
using OzaBot.Testing.Cases;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Flows.Meetings;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;
using CaseMeetingStatus = OzaBot.Domain.Cases.MeetingStatus;

namespace OzaBot.Conversations.Tests.Meetings;

public sealed class PlanMeetingTests
{
    [Fact]
    public async Task Plan_an_OZO_end_to_end_gives_a_confirmation_with_the_ics_link_and_records_the_meeting()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();
        JsonElement confirmation = default;

        await assistant.Flow()
            .PlanOzoUntilConfirm(code)
            .Send("ja")
            .AssertReplyWithCard($"Het OZO van casus {code} is gepland. {MeetingTexts.In(Language.Dutch).OpenIcs}", card => confirmation = card.Clone())
            .StartTestAsync();

        var meeting = Assert.Single(await assistant.Calendar().ListAsync(code));
        Assert.Equal(MeetingKind.Ozo, meeting.Kind);
        Assert.Equal(MeetingAssistant.Organizer, meeting.OrganizerEmail);
        Assert.Equal([PartnerRole.School, PartnerRole.Gebiedsteam], meeting.Attendees.Select(a => a.Role));
        Assert.Contains(meeting.AgendaLines, l => l.StartsWith("Huidige stap: ", StringComparison.Ordinal));
        Assert.True(meeting.Start > assistant.Time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(60), meeting.End - meeting.Start);

        var recorded = Assert.Single((await assistant.CaseAsync(code)).Meetings);
        Assert.Equal(meeting.MeetingId, recorded.CalendarReference);
        Assert.Equal((meeting.Start, meeting.End, CaseMeetingStatus.Gepland), (recorded.Start, recorded.End, recorded.Status));

        // The card: the .ics link of the Local calendar, no Teams button (no join link), roles but no addresses.
        var json = confirmation.GetRawText();
        Assert.StartsWith("http://127.0.0.1:3978/calendar/", meeting.CalendarFileUrl!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains(meeting.CalendarFileUrl.AbsoluteUri, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Deelnemen in Teams", json, StringComparison.Ordinal);
        Assert.DoesNotContain("@", json, StringComparison.Ordinal);
        Assert.Contains("gebiedsteam Noord", json, StringComparison.Ordinal);
        Assert.Contains("Initialen leerling: J.B.", json, StringComparison.Ordinal); // 1:1 chat only
    }

    [Fact]
    public async Task Parents_are_invited_by_the_school_so_no_address_of_theirs_is_asked_or_sent()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .Send($"plan een OZO {code}")
            .AssertReplyContains("Wie nodig je uit?")
            .Send("school en ouders")
            .AssertReply(MeetingTexts.In(Language.Dutch).FamilyInvitedBySchool)
            .AssertReplyContains("Wat is jouw e-mailadres?")
            .Send(MeetingAssistant.Organizer)
            .AssertReplyContains("**de school**")
            .Send("zorgcoordinator@school.example.nl")
            .AssertReplyContains("Hoe lang duurt het overleg?")
            .Send("60")
            .AssertReplyContains("Vanaf wanneer")
            .Send("morgen")
            .AssertCard()
            .Send("1")
            .AssertReplyContains("inplannen op")
            .Send("ja")
            .AssertTextWithCard("is gepland")
            .StartTestAsync();

        var meeting = Assert.Single(await assistant.Calendar().ListAsync(code));
        Assert.Equal([PartnerRole.School], meeting.Attendees.Select(a => a.Role));
        Assert.Equal([PartnerRole.School, PartnerRole.Ouders], Assert.Single((await assistant.CaseAsync(code)).Meetings).Attendees);
    }

    [Fact]
    public async Task Wrong_answers_get_a_hint_and_the_same_question_again()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .Send($"plan een overleg {code}")
            .AssertReplyContains("Welk overleg wil je plannen?")
            .Send("koffie")
            .AssertReplyContains("OZO")
            .Send("ozo")
            .AssertReplyContains("Wie nodig je uit?")
            .Send("help")
            .AssertReplyContains(MeetingTexts.Dutch.Help)
            .AssertReplyContains("Wie nodig je uit?")
            .Send("7, bakker")
            .AssertReply(MeetingTexts.In(Language.Dutch).RolesNotUnderstood("7"))
            .AssertReplyContains("Wie nodig je uit?")
            .Send("gebiedsteam")
            .AssertReply(MeetingTexts.In(Language.Dutch).OzoNeedsSchool)
            .AssertReplyContains("Wat is jouw e-mailadres?")
            .Send("mijn mail")
            .AssertReply(MeetingTexts.In(Language.Dutch).EmailRetry)
            .Send(MeetingAssistant.Organizer)
            .AssertReplyContains("**de school**")
            .Send("stop")
            .AssertReply(DialogTexts.Dutch.Cancelled)
            .StartTestAsync();

        Assert.Empty(await assistant.Calendar().ListAsync(code));
        Assert.Empty((await assistant.CaseAsync(code)).Meetings);
    }

    [Fact]
    public async Task Stop_half_way_plans_nothing()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .PlanOzoUntilConfirm(code)
            .Send("stop")
            .AssertReply(DialogTexts.Dutch.Cancelled)
            .Send("OZO verzetten")
            .AssertReply(MeetingTexts.In(Language.Dutch).NoPlannedMeetings(code))
            .StartTestAsync();

        Assert.Empty(await assistant.Calendar().ListAsync(code));
        Assert.Empty((await assistant.CaseAsync(code)).Meetings);
    }

    [Fact]
    public async Task A_failed_calendar_call_says_what_to_do_and_leaves_the_case_unchanged()
    {
        FailingCalendar? calendar = null;
        var assistant = MeetingAssistant.Create(inner => calendar = new FailingCalendar(inner, failAfterCreating: false));
        var code = await assistant.OpenCaseAsync();
        var revision = (await assistant.CaseAsync(code)).Revision;

        await assistant.Flow()
            .PlanOzoUntilConfirm(code)
            .Send("ja")
            .AssertReply(SchedulingTexts.Error(CalendarErrorKind.Unavailable))
            .AssertReplyContains(MeetingTexts.In(Language.Dutch).TryAgain)
            .Send("nee")
            .AssertReply(MeetingTexts.In(Language.Dutch).NothingPlanned)
            .StartTestAsync();

        Assert.Equal(1, calendar!.CreateCalls);
        Assert.Empty(await assistant.Calendar().ListAsync(code));
        var @case = await assistant.CaseAsync(code);
        Assert.Empty(@case.Meetings);
        Assert.Equal(revision, @case.Revision);
    }

    [Fact]
    public async Task Confirming_again_after_a_lost_answer_creates_one_meeting()
    {
        FailingCalendar? calendar = null;
        var assistant = MeetingAssistant.Create(inner => calendar = new FailingCalendar(inner, failAfterCreating: true));
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .PlanOzoUntilConfirm(code)
            .Send("ja")
            .AssertReply(SchedulingTexts.Error(CalendarErrorKind.Unavailable))
            .AssertReplyContains(MeetingTexts.In(Language.Dutch).TryAgain)
            .Send("ja")
            .AssertTextWithCard($"Het OZO van casus {code} is gepland.")
            .StartTestAsync();

        Assert.Equal(2, calendar!.CreateCalls);
        var meeting = Assert.Single(await assistant.Calendar().ListAsync(code));
        Assert.Equal(meeting.MeetingId, Assert.Single((await assistant.CaseAsync(code)).Meetings).CalendarReference);
    }

    [Fact]
    public async Task Natural_phrasings_the_recognizer_does_not_know_reach_the_meeting_flow_through_the_fallback()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .PlanOzo(code)
            .Send("verzet de OZO")
            .AssertReplyContains("Vanaf wanneer zoek ik een nieuwe tijd?")
            .Send("stop")
            .AssertReply(_ => { })
            .Send($"verzet de OZO {code}")
            .AssertReplyContains("Vanaf wanneer zoek ik een nieuwe tijd?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_planned_meeting_can_be_moved_and_cancelled()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .PlanOzo(code)
            .Send("OZO verzetten")
            .AssertReplyContains("Vanaf wanneer zoek ik een nieuwe tijd?")
            .Send("volgende week maandag")
            .AssertReplyContains("Welke nieuwe tijd?")
            .Send("1")
            .AssertTextWithCard("Het OZO is verzet naar ma 30 nov 2026")
            .StartTestAsync();

        var moved = Assert.Single(await assistant.Calendar().ListAsync(code));
        Assert.Equal(1, moved.Sequence);
        var recorded = Assert.Single((await assistant.CaseAsync(code)).Meetings);
        Assert.Equal((moved.Start, moved.End), (recorded.Start, recorded.End));

        await assistant.Flow()
            .Send("annuleer de afspraak")
            .AssertReplyContains("annuleren? De genodigden krijgen een afzegging.")
            .Send("nee")
            .AssertReply(MeetingTexts.In(Language.Dutch).KeptMeeting)
            .Send("annuleer de afspraak")
            .AssertReplyContains("annuleren?")
            .Send("ja")
            .AssertReply($"{MeetingTexts.In(Language.Dutch).Cancelled(MeetingKind.Ozo)} {MeetingTexts.In(Language.Dutch).CancelledLocal}")
            .Send("annuleer de OZO")
            .AssertReply(MeetingTexts.In(Language.Dutch).NoPlannedMeetings(code))
            .StartTestAsync();

        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(await assistant.Calendar().ListAsync(code)).Status);
        Assert.Equal(CaseMeetingStatus.Geannuleerd, Assert.Single((await assistant.CaseAsync(code)).Meetings).Status);
    }

    [Fact]
    public async Task Someone_from_another_conversation_gets_not_found()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();
        var other = assistant.Chat("a:personal-2");

        await assistant.Flow(other)
            .As("29:user-2")
            .Send($"plan een OZO {code}")
            .AssertReply($"Casus {code} is niet gevonden.")
            .Send($"OZO verzetten {code}")
            .AssertReply($"Casus {code} is niet gevonden.")
            .Send($"annuleer de OZO van {code}")
            .AssertReply($"Casus {code} is niet gevonden.")
            .StartTestAsync();

        Assert.Empty(await assistant.Calendar().ListAsync(code));
    }

    [Fact]
    public async Task In_a_group_chat_a_second_user_can_answer_and_the_card_shows_no_initials()
    {
        var assistant = MeetingAssistant.Create();
        const string group = "19:group@thread.v2";
        var code = await assistant.OpenCaseAsync(group);
        JsonElement confirmation = default;

        await assistant.Flow(assistant.Chat(group, ConversationTypes.GroupChat))
            .As("29:user-1")
            .Send($"plan een OZO {code}")
            .AssertReplyContains("Wie nodig je uit?")
            .As("29:user-2")
            .Send("school")
            .AssertReplyContains("Wat is jouw e-mailadres?")
            .Send(MeetingAssistant.Organizer)
            .AssertReplyContains("**de school**")
            .Send("zorg@school.example.nl")
            .AssertReplyContains("Hoe lang")
            .Send("45 minuten")
            .AssertReplyContains("Vanaf wanneer")
            .Send("volgende week dinsdag")
            .AssertReplyWithCard("Beschikbaarheid onbekend van de school.", card => Assert.DoesNotContain("Initialen", card.GetRawText(), StringComparison.Ordinal))
            .Send("2")
            .AssertReplyContains("Het OZO inplannen op di 1 dec 2026")
            .Send("ja")
            .AssertTextWithCard("is gepland", card => confirmation = card.Clone())
            .StartTestAsync();

        Assert.DoesNotContain("Initialen", confirmation.GetRawText(), StringComparison.Ordinal);
        var meeting = Assert.Single(await assistant.Calendar().ListAsync(code));
        Assert.Equal(TimeSpan.FromMinutes(45), meeting.End - meeting.Start);
    }

    [Fact]
    public async Task An_evaluation_before_the_joint_plan_is_refused_before_any_question()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .Send($"plan evaluatie {code}")
            .AssertReply(RefusalText.Nl(Domain.Cases.Refusals.PlanMissing))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("verzet de OZO", false, MeetingKind.Ozo)]
    [InlineData("kunnen we de evaluatie verplaatsen", false, MeetingKind.Evaluatie)]
    [InlineData("annuleer afspraak", true, null)]
    [InlineData("annuleer de Actietafel", true, MeetingKind.Actietafel)]
    [InlineData("zeg het overleg af", true, null)]
    [InlineData("OZO annuleren", true, MeetingKind.Ozo)]
    public void Move_and_cancel_phrasings_are_recognised(string text, bool cancel, MeetingKind? kind) =>
        Assert.Equal(new MeetingChange(cancel, kind), MeetingChangeMatcher.Match(text));

    [Theory]
    [InlineData("annuleer")]
    [InlineData("stop")]
    [InlineData("zeg het maar")]
    [InlineData("plan een OZO")]
    public void Stop_and_planning_are_not_a_meeting_change(string text) =>
        Assert.Null(MeetingChangeMatcher.Match(text));
}
