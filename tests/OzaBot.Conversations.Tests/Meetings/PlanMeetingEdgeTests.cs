using System.Text.Json;
using OzaBot.Testing.Cases;
using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Dialogs;
using OzaBot.Conversations.Flows.Meetings;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;
using OzaBot.Integrations.Calendar;

namespace OzaBot.Conversations.Tests.Meetings;

public sealed class PlanMeetingEdgeTests
{
    [Fact]
    public void A_meeting_id_never_looks_like_personal_data_so_the_case_always_accepts_it_as_calendar_reference()
    {
        // Random hex ids contain runs of digits; about one in a few thousand looked like an 8-digit BSN and made planning fail.
        for (var i = 0; i < 20_000; i++)
        {
            Assert.Null(Domain.Privacy.PersonalData.Find(PlanMeetingDialog.NewMeetingId(), DateOnly.MinValue));
        }
    }

    [Fact]
    public async Task When_the_case_refuses_after_the_calendar_made_the_meeting_the_calendar_meeting_is_withdrawn()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .PlanOzoUntilConfirm(code)
            .Then(() =>
            {
                // Someone closes the case while the question is open.
                var update = assistant.Cases.UpdateAsync(Support.Assistant.Key(code), s => s.Case.Close(Domain.Cases.CloseReason.Overig, new Domain.Cases.Actor("aad-29:user-9", assistant.Time.GetUtcNow())), CancellationToken.None).GetAwaiter().GetResult();
                Assert.True(update.Result.IsOk);
            })
            .Send("ja")
            .AssertReply(RefusalText.Nl(Domain.Cases.Refusals.Closed))
            .StartTestAsync();

        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(await assistant.Calendar().ListAsync(code)).Status);
        Assert.Empty((await assistant.CaseAsync(code)).Meetings);
    }

    [Fact]
    public async Task The_ics_file_behind_the_link_carries_the_case_code_and_agenda_but_no_initials()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();
        await assistant.Flow().PlanOzo(code).StartTestAsync();

        var meeting = Assert.Single(await assistant.Calendar().ListAsync(code));
        var token = Path.GetFileNameWithoutExtension(meeting.CalendarFileUrl!.AbsolutePath);
        var file = await assistant.Services.GetRequiredService<CalendarFileProvider>().FindAsync(token);

        Assert.NotNull(file);
        var unfolded = file.Content.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"SUMMARY:OZO casus {code}", unfolded, StringComparison.Ordinal);
        Assert.Contains("Huidige stap", unfolded, StringComparison.Ordinal);
        Assert.Contains("mailto:team-noord@gemeente.example.nl", unfolded, StringComparison.Ordinal);
        Assert.DoesNotContain("J.B.", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_calendar_the_bot_says_so_instead_of_asking_questions()
    {
        var assistant = new Support.Assistant();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .Send($"plan een OZO {code}")
            .AssertReply(MeetingTexts.In(Language.Dutch).NoCalendar)
            .StartTestAsync();
    }

    [Fact]
    public async Task English_users_are_asked_in_English()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();
        var chat = assistant.Chat();
        chat.Locale = "en-GB";

        await assistant.Flow(chat)
            .Send("english").AssertReplyContains("From now on I answer in English")
            .Send($"schedule an OZO {code}")
            .AssertReplyContains("Who do you invite?")
            .Send("all")
            .AssertReply(MeetingTexts.In(Language.English).AskOrganizerEmail)
            .StartTestAsync();
    }

    [Fact]
    public async Task Rejecting_all_proposed_times_asks_for_another_period()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .Send($"plan een OZO {code}")
            .AssertReplyContains("Wie nodig je uit?")
            .Send("school")
            .AssertReplyContains("Wat is jouw e-mailadres?")
            .Send(MeetingAssistant.Organizer)
            .AssertReplyContains("**de school**")
            .Send("zorg@school.example.nl")
            .AssertReplyContains("Hoe lang")
            .Send("standaard")
            .AssertReplyContains("Vanaf wanneer")
            .Send("morgen")
            .AssertReplyWithCard("Beschikbaarheid onbekend van de school.", card => Assert.Contains("di 24 nov 2026", card.GetRawText(), StringComparison.Ordinal))
            .Execute("rejectSlots", new { caseCode = code })
            .AssertReply(MeetingTexts.In(Language.Dutch).SlotsRejected)
            .AssertReplyContains("Vanaf wanneer")
            .Send("14 december")
            .AssertReplyWithCard("Beschikbaarheid onbekend van de school.", card => Assert.Contains("ma 14 dec 2026", card.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task With_two_planned_meetings_the_bot_asks_which_one_to_move()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync();

        await assistant.Flow()
            .PlanOzo(code)
            .PlanOzo(code)
            .Send("verzet OZO")
            .AssertReplyContains(MeetingTexts.In(Language.Dutch).WhichMeeting)
            .Send("2")
            .AssertReplyContains("Vanaf wanneer zoek ik een nieuwe tijd?")
            .Send("stop")
            .AssertReply(DialogTexts.Dutch.Cancelled)
            .StartTestAsync();

        var meetings = await assistant.Calendar().ListAsync(code);
        Assert.Equal(2, meetings.Count);
        Assert.Equal(2, meetings.Select(m => m.Start).Distinct().Count()); // the second OZO avoided the organiser's first one
        Assert.All(meetings, m => Assert.Equal(0, m.Sequence));
    }

    [Fact]
    public async Task With_a_Teams_join_link_the_card_offers_Teams_and_no_calendar_file()
    {
        var assistant = MeetingAssistant.Create(inner => new TeamsLikeCalendar(inner));
        var code = await assistant.OpenCaseAsync();
        JsonElement card = default;

        await assistant.Flow()
            .PlanOzoUntilConfirm(code)
            .Send("ja")
            .AssertReplyWithCard($"Het OZO van casus {code} is gepland.", c => card = c.Clone())
            .StartTestAsync();

        var json = card.GetRawText();
        Assert.Contains("Deelnemen in Teams", json, StringComparison.Ordinal);
        Assert.Contains(TeamsLikeCalendar.JoinUrl, json, StringComparison.Ordinal);
        Assert.Contains("Online (Microsoft Teams)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Agenda-bestand (.ics)", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ZiO_case_plans_a_projectgroep_and_refuses_an_OZO()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync(track: Track.ZioSchool);

        await assistant.Flow()
            .Send($"plan een OZO {code}")
            .AssertReply(RefusalText.Nl(Domain.Cases.Refusals.OzoOnlyOza))
            .Send("plan een overleg")
            .AssertReplyContains("Welk overleg wil je plannen?")
            .Send("projectgroep")
            .AssertReplyContains("Wie nodig je uit?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_ZiO_step_asks_the_five_questions_in_one_message_with_its_checklist_and_no_procesregisseur()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync(track: Track.ZioSchool);

        await assistant.Flow()
            .Send(code)
            .AssertReplyContains("Je werkt nu aan casus")
            .Send("stap 1")
            .AssertReply(reply =>
            {
                Assert.All(Domain.Content.ProcessCatalogue.Default.ZioGuide.Questions, q => Assert.Contains(q, reply.Text, StringComparison.Ordinal));
                Assert.Contains("hulpmiddel", reply.Text, StringComparison.Ordinal);
                var card = Assert.Single(reply.Attachments!).Content!.ToString()!;
                Assert.DoesNotContain("procesregisseur", card, StringComparison.OrdinalIgnoreCase);
            })
            .StartTestAsync();
    }
}
