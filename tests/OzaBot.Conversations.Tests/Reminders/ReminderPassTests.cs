using Microsoft.Extensions.DependencyInjection;
using OzaBot.BotFramework.Authentication;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Reminders;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Reminders;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Channel;
using OzaBot.Testing.Bot;

namespace OzaBot.Conversations.Tests.Reminders;

/// <summary>
/// The reminder pass on a fake clock, with the real assistant (which keeps the conversation references) and the
/// reminders going over real HTTP to the channel stand-in: what is due when, quiet hours, weekends, a holiday, a
/// DST change, "herinneringen uit/aan", and what a group may see.
/// </summary>
public sealed class ReminderPassTests : IAsyncLifetime
{
    private const string Group = "19:reminders@thread.v2";
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private ChannelStandIn _channel = null!;
    private Assistant _assistant = null!;
    private TestAdapter _chat = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelStandIn.StartAsync();
        _assistant = new Assistant(configure: services =>
        {
            services.AddSingleton(new ReminderOptions { Holidays = "2026-12-19..2027-01-03" });
            services.AddSingleton(sp => new ConnectorClientFactory(
                new HttpClient(), new NoConnectorToken(), new BotAuthenticationOptions { AllowUnauthenticated = true }, new ConnectorOptions(), sp.GetRequiredService<TimeProvider>()));
        });
        _chat = _assistant.Chat(Group, ConversationTypes.GroupChat);
        _chat.ServiceUrl = _channel.ServiceUrl;
    }

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task An_evaluation_is_reminded_once_a_week_ahead_and_once_on_its_day_only_in_sending_hours()
    {
        SetLocal(2026, 11, 30, 7, 0); // Monday, before 07:30
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        var code = await SaveAsync(c => c.ScheduleNextEvaluation(Local(2026, 12, 4, 14, 0), Actor()).IsRefused);

        Assert.Empty(await RunAsync());
        SetLocal(2026, 11, 30, 7, 30);
        Assert.Equal([ReminderKind.EvaluationSoon], await RunAsync());
        SetLocal(2026, 11, 30, 15, 0);
        Assert.Empty(await RunAsync());
        SetLocal(2026, 12, 4, 7, 29); // the day itself, but before 07:30
        Assert.Empty(await RunAsync());

        SetLocal(2026, 12, 4, 8, 0);
        Assert.Equal([ReminderKind.EvaluationDue], await RunAsync());
        var texts = Reminders().Select(r => r.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith($"⏰ Herinnering casus {code}: de evaluatie is op **vr 4 dec 2026**", texts[0], StringComparison.Ordinal);
        Assert.Contains("nog niet vastgelegd", texts[1], StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Reminders()[0].Json!["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nothing_is_sent_at_the_weekend_and_an_evaluation_due_on_saturday_is_reminded_on_monday()
    {
        SetLocal(2026, 11, 27, 16, 0);
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        await SaveAsync(c => c.ScheduleNextEvaluation(Local(2026, 11, 28, 10, 0), Actor()).IsRefused);
        SetLocal(2026, 11, 28, 9, 0);
        Assert.Empty(await RunAsync());
        SetLocal(2026, 11, 29, 12, 0);
        Assert.Empty(await RunAsync());

        SetLocal(2026, 11, 30, 8, 0);
        Assert.Equal([ReminderKind.EvaluationDue], await RunAsync());
    }

    [Fact]
    public async Task Nothing_is_sent_in_the_holiday_and_an_action_overdue_then_is_reminded_on_the_first_school_day_naming_only_the_role()
    {
        SetLocal(2026, 12, 14, 9, 0);
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        await SaveAsync(c => c.AddAction("verslag bespreken met moeder", PartnerRole.Gebiedsteam, Local(2026, 12, 22, 12, 0), Actor()).IsRefused, initials: "J.B.");
        SetLocal(2026, 12, 23, 9, 0);
        Assert.Empty(await RunAsync());

        SetLocal(2027, 1, 4, 9, 0);
        Assert.Equal([ReminderKind.ActionOverdue], await RunAsync());
        var sent = Reminders().Single().Body;
        Assert.Contains("een actie van **gebiedsteam** is over tijd", sent, StringComparison.Ordinal);
        Assert.Contains("Actie van gebiedsteam", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("verslag", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("J.B.", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_on_the_monday_after_the_change_to_summer_time_is_announced_on_friday_at_its_local_time()
    {
        SetLocal(2027, 3, 25, 9, 0);
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        await SaveAsync(c => c.PlanMeeting(MeetingKind.Evaluatie, Local(2027, 3, 29, 9, 0), Local(2027, 3, 29, 10, 0), [PartnerRole.School], Actor()).IsRefused);

        SetLocal(2027, 3, 26, 7, 30);
        Assert.Contains(ReminderKind.MeetingTomorrow, await RunAsync());
        Assert.Contains(Reminders(), r => r.Text!.Contains("**Evaluatie** gepland op ma 29 mrt 2027, 09:00", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Herinneringen_uit_stops_them_in_this_conversation_and_aan_brings_them_back()
    {
        SetLocal(2026, 11, 23, 9, 0);
        await _assistant.Flow(_chat).Send("herinneringen uit").AssertReplyContains("Herinneringen staan uit").StartTestAsync();
        await SaveAsync(c => c.ScheduleNextEvaluation(Local(2026, 11, 25, 14, 0), Actor()).IsRefused);
        Assert.Empty(await RunAsync());

        await _assistant.Flow(_chat).Send("Herinneringen aan").AssertReplyContains("Herinneringen staan aan").StartTestAsync();
        Assert.Equal([ReminderKind.EvaluationSoon], await RunAsync());
    }

    [Fact]
    public async Task Removing_the_bot_from_the_chat_forgets_its_reference()
    {
        SetLocal(2026, 11, 23, 9, 0);
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        var references = _assistant.Services.GetRequiredService<ConversationReferences>();
        Assert.NotNull(await references.FindAsync(Group, CancellationToken.None));

        var removed = _chat.MakeActivity(ActivityTypes.ConversationUpdate);
        removed.MembersRemoved = [_chat.Bot];
        await _chat.ProcessActivityAsync(removed, _assistant.Bot);

        Assert.Null(await references.FindAsync(Group, CancellationToken.None));
        await SaveAsync(c => c.ScheduleNextEvaluation(Local(2026, 11, 25, 14, 0), Actor()).IsRefused);
        Assert.Empty(await RunAsync());
    }

    [Fact]
    public async Task Uninstalling_the_bot_forgets_the_reference_and_reinstalling_brings_it_back()
    {
        SetLocal(2026, 11, 23, 9, 0);
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        var references = _assistant.Services.GetRequiredService<ConversationReferences>();

        var uninstall = _chat.MakeActivity(ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";
        await _chat.ProcessActivityAsync(uninstall, _assistant.Bot);
        Assert.Null(await references.FindAsync(Group, CancellationToken.None));

        var install = _chat.MakeActivity(ActivityTypes.InstallationUpdate);
        install.Action = "add";
        await _chat.ProcessActivityAsync(install, _assistant.Bot);
        Assert.Equal(_channel.ServiceUrl, (await references.FindAsync(Group, CancellationToken.None))!.ServiceUrl);
    }

    [Fact]
    public async Task A_conversation_that_asked_for_english_gets_its_reminders_in_english()
    {
        SetLocal(2026, 11, 23, 9, 0);
        await _assistant.Flow(_chat).Send("english").StartTestAsync();
        var code = await SaveAsync(c => c.ScheduleNextEvaluation(Local(2026, 11, 25, 14, 0), Actor()).IsRefused);

        Assert.Equal([ReminderKind.EvaluationSoon], await RunAsync());
        Assert.Equal($"⏰ Reminder case {code}: the evaluation is on **Wed 25 Nov 2026**. Plan the meeting if that has not been done yet.", Reminders().Single().Text);
    }

    [Fact]
    public async Task A_joint_plan_not_agreed_four_weeks_into_Ontwikkelen_is_reminded_once_and_not_after_it_is_agreed()
    {
        SetLocal(2027, 1, 6, 9, 0); // Ontwikkelen starts
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        var code = await SaveAsync(InOntwikkelen());
        SetLocal(2027, 2, 2, 9, 0);
        Assert.Empty(await RunAsync());

        SetLocal(2027, 2, 3, 9, 0); // four weeks later
        Assert.Equal([ReminderKind.PlanNotAgreed], await RunAsync());
        Assert.Empty(await RunAsync());
        Assert.StartsWith($"⏰ Herinnering casus {code}: het gezamenlijk plan is vier weken na de start van Ontwikkelen nog niet vastgesteld", Reminders().Single().Text, StringComparison.Ordinal);

        var agreed = InOntwikkelen();
        Assert.True(agreed.AddPartner(PartnerRole.Procesregisseur, "regisseur gebiedsteam", null, Actor()).IsOk);
        Assert.True(agreed.ChooseGoals([OzaGoal.Terugleiden], Actor()).IsOk);
        Assert.True(agreed.AgreeJointPlan(OzaBot.Testing.Cases.PlanDrafts.Valid(Actor().At), Actor()).IsOk);
        await SaveAsync(agreed);
        Assert.Empty(await RunAsync());
    }

    [Fact]
    public async Task The_weekly_overview_comes_once_on_monday_from_eight_with_what_changed_and_what_is_due_and_nothing_a_group_may_not_see()
    {
        SetLocal(2027, 1, 8, 9, 0); // Friday
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        var code = await SaveAsync(c => c.AddAction("verslag bespreken met moeder", PartnerRole.Gebiedsteam, Local(2027, 1, 13, 12, 0), Actor()).IsRefused
            || c.ScheduleNextEvaluation(Local(2027, 1, 14, 10, 0), Actor()).IsRefused, initials: "J.B.");
        var closed = Case.Open(ProcessCatalogue.Default, Track.ZioSchool, null, Actor()).Value!;
        Assert.True(closed.Close(CloseReason.DoelenBereikt, Actor()).IsOk);
        await SaveAsync(closed);

        SetLocal(2027, 1, 11, 7, 45); // Monday, before the overview's time
        Assert.Empty(await OverviewPassAsync());
        SetLocal(2027, 1, 11, 8, 5);
        Assert.Equal([ReminderKind.WeeklyOverview], await OverviewPassAsync());
        SetLocal(2027, 1, 11, 9, 5);
        Assert.Empty(await OverviewPassAsync());
        SetLocal(2027, 1, 12, 9, 5); // Tuesday: not again this week
        Assert.Empty(await OverviewPassAsync());

        var overview = Overviews().Single().Text!;
        Assert.StartsWith("📋 **Weekoverzicht**: 1 open casus in dit gesprek.", overview, StringComparison.Ordinal);
        Assert.Contains($"**{code}** · stap 1: ", overview, StringComparison.Ordinal);
        Assert.Contains("3 wijzigingen afgelopen week", overview, StringComparison.Ordinal);
        Assert.Contains("Deze week: evaluatie do 14 jan 2027; acties van gebiedsteam.", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("verslag", overview, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("J.B.", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overzicht_op_donderdag_moves_the_overview_to_thursday_and_there_is_none_in_the_holiday()
    {
        SetLocal(2026, 12, 7, 9, 0); // Monday
        await _assistant.Flow(_chat).Send("overzicht op donderdag").AssertReplyContains("Het weekoverzicht komt voortaan op donderdag vanaf 8:00").StartTestAsync();
        await _assistant.Flow(_chat).Send("overzicht op zaterdag").AssertReplyContains("op een schooldag").StartTestAsync();
        await SaveAsync(c => false);

        SetLocal(2026, 12, 7, 10, 0);
        Assert.Empty(await OverviewPassAsync());
        SetLocal(2026, 12, 10, 8, 0); // Thursday
        Assert.Equal([ReminderKind.WeeklyOverview], await OverviewPassAsync());

        // The Thursday of the Christmas holiday has no overview, nor has any later day of that week.
        SetLocal(2026, 12, 24, 8, 0);
        Assert.Empty(await OverviewPassAsync());
        SetLocal(2027, 1, 7, 8, 0);
        Assert.Equal([ReminderKind.WeeklyOverview], await OverviewPassAsync());
        Assert.Equal(2, Overviews().Count);
    }

    [Fact]
    public async Task When_the_bot_is_gone_from_the_group_the_reminder_goes_to_the_owners_1on1_chat_with_the_bot()
    {
        SetLocal(2026, 11, 23, 9, 0);
        var personal = _assistant.Chat("a:personal-owner");
        personal.ServiceUrl = _channel.ServiceUrl;
        await _assistant.Flow(personal).Send("hallo").StartTestAsync();
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        var code = await SaveAsync(EvaluationOf(PersonalOwner, Local(2026, 11, 25, 14, 0)));

        _channel.ScriptConnectorResponse(System.Net.HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"removed"}}""");
        Assert.Empty(await RunAsync()); // the group answers 403: marked removed
        Assert.Equal([ReminderKind.EvaluationSoon], await RunAsync());
        Assert.Empty(await RunAsync());

        var delivered = Reminders()[^1];
        Assert.Equal("/_connector/v3/conversations/a%3Apersonal-owner/activities", delivered.Path);
        Assert.StartsWith($"⏰ Herinnering casus {code}", delivered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_channel.ConnectorRequests, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_owner_who_never_chatted_with_the_bot_alone_gets_a_1on1_chat_created_once_for_the_reminder()
    {
        SetLocal(2026, 11, 23, 9, 0);
        await _assistant.Flow(_chat).Send("hallo").StartTestAsync();
        await SaveAsync(EvaluationOf("aad-29:user-7", Local(2026, 11, 25, 14, 0)));
        _channel.ScriptConnectorResponse(System.Net.HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");
        Assert.Empty(await RunAsync());

        Assert.Equal([ReminderKind.EvaluationSoon], await RunAsync());
        Assert.Empty(await RunAsync());
        var create = Assert.Single(_channel.ConnectorRequests, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal("aad-29:user-7", create.Json!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(_chat.TenantId, create.Json!["tenantId"]!.GetValue<string>());
        Assert.Equal("/_connector/v3/conversations/a%3A1on1-aad-29%3Auser-7/activities", Reminders()[^1].Path);
    }

    /// <summary>One pass; the reminders about a case it sent (the weekly overviews have their own tests).</summary>
    private async Task<IReadOnlyList<ReminderKind>> RunAsync() => [.. (await PassAsync()).Where(k => k != ReminderKind.WeeklyOverview)];

    /// <summary>One pass; the weekly overviews it sent.</summary>
    private async Task<IReadOnlyList<ReminderKind>> OverviewPassAsync() => [.. (await PassAsync()).Where(k => k == ReminderKind.WeeklyOverview)];

    private Task<IReadOnlyList<ReminderKind>> PassAsync() => _assistant.Services.GetRequiredService<ReminderPass>().RunAsync(CancellationToken.None);

    private List<RecordedRequest> Reminders() => [.. _channel.ConnectorRequests.Where(r => r.Text?.StartsWith('⏰') == true)];

    private List<RecordedRequest> Overviews() => [.. _channel.ConnectorRequests.Where(r => r.Text?.StartsWith("📋", StringComparison.Ordinal) == true)];

    private Actor Actor() => new("aad-owner", _assistant.Time.GetUtcNow());

    /// <summary>Saves a new ZiO case linked to the group chat, after a change that must not be refused.</summary>
    private async Task<string> SaveAsync(Func<Case, bool> refused, string? initials = null)
    {
        var opened = Case.Open(ProcessCatalogue.Default, Track.ZioSchool, initials, new Actor("aad-owner", _assistant.Time.GetUtcNow().AddDays(-1))).Value!;
        Assert.False(refused(opened));
        return await SaveAsync(opened);
    }

    /// <summary>The default user of the test chats, as the owner of a case.</summary>
    private const string PersonalOwner = "aad-29:user-1";

    private Case EvaluationOf(string owner, DateTimeOffset evaluation)
    {
        var c = Case.Open(ProcessCatalogue.Default, Track.ZioSchool, null, new Actor(owner, _assistant.Time.GetUtcNow().AddDays(-1))).Value!;
        Assert.True(c.ScheduleNextEvaluation(evaluation, new Actor(owner, _assistant.Time.GetUtcNow())).IsOk);
        return c;
    }

    /// <summary>An OZA case that entered Ontwikkelen now, through the real transitions.</summary>
    private Case InOntwikkelen()
    {
        var actor = Actor();
        var c = Case.Open(ProcessCatalogue.Default, Track.OzaIndividueel, null, actor).Value!;
        while (c.CurrentStepId != StepIds.OzaOntwikkelen)
        {
            foreach (var item in c.OpenChecklistItems(ProcessCatalogue.Default))
            {
                Assert.True(c.SetChecklistItem(ProcessCatalogue.Default, item.Id, ChecklistStatus.Gedaan, actor).IsOk);
            }

            if (c.CurrentStepId == StepIds.OzaVerkennen)
            {
                Assert.True(c.ChooseSupportLevel(SupportLevel.Aanvullend, actor).IsOk);
            }

            Assert.True(c.AdvanceStep(ProcessCatalogue.Default, actor).IsOk);
        }

        return c;
    }

    private async Task<string> SaveAsync(Case c)
    {
        var meta = new CaseMeta { TenantId = _chat.TenantId, Label = "Regio", ConversationIds = [Group] };
        return (await _assistant.Services.GetRequiredService<ICaseRepository>().SaveAsync(new StoredCase(c, meta))).Code;
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    private void SetLocal(int year, int month, int day, int hour, int minute) => _assistant.Time.SetUtcNow(Local(year, month, day, hour, minute));
}
