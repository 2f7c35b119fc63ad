using OzaBot.BotFramework.Dialogs;

namespace OzaBot.BotFramework.Tests.Dialogs;

/// <summary>The stack lives only as JSON between turns; a "restart" keeps nothing but that JSON.</summary>
public sealed class DialogPersistenceTests
{
    private static readonly DialogTexts Nl = DialogTexts.Dutch;

    [Fact]
    public async Task A_dialog_continues_after_a_restart_between_two_turns()
    {
        var before = new SampleHost();
        await before.Flow()
            .Send("hallo").AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours)
            .StartTestAsync();

        var after = before.Restart();
        await after.Flow()
            .Send("12,5").AssertReply(SampleDialogs.Confirm("OZA-7K2P", 12.5m))
            .Send("ja").AssertReply(SampleDialogs.Saved)
            .StartTestAsync();

        var state = Assert.IsType<IntakeState>(after.Bot.Results[^1].Result);
        Assert.Equal("OZA-7K2P", state.CaseCode);
    }

    [Fact]
    public async Task A_prompt_keeps_counting_attempts_across_a_restart()
    {
        var before = new SampleHost();
        await before.Flow().Send("hallo").Send("OZA-1").Send("a").Send("b").StartTestAsync();

        await before.Restart().Flow().Send("c").AssertReply(Nl.GiveUp).StartTestAsync();
    }

    [Theory]
    [InlineData("2", "1")]
    [InlineData("1", "2")]
    public async Task A_changed_dialog_version_restarts_cleanly_with_a_short_notice(string intakeVersion, string detailsVersion)
    {
        var before = new SampleHost();
        await before.Flow().Send("hallo").Send("OZA-7K2P").StartTestAsync();

        var after = before.Restart(() => SampleDialogs.Root(intakeVersion, detailsVersion));
        await after.Flow()
            .Send("12,5").AssertReply(Nl.DialogChanged).AssertReply(SampleDialogs.AskCaseCode).AssertNoReply()
            .Send("OZA-NEW").AssertReply(SampleDialogs.AskHours)
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unknown_dialog_id_on_the_stack_restarts_cleanly()
    {
        var host = new SampleHost();
        await host.Flow().Send("hallo").AssertReply(SampleDialogs.AskCaseCode).Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours).StartTestAsync();
        host.State.Documents[host.Adapter.ConversationId] = host.StoredJson.Replace("\"id\":\"hours\"", "\"id\":\"uren\"", StringComparison.Ordinal);

        await host.Flow()
            .Send("12").AssertReply(Nl.DialogChanged).AssertReply(SampleDialogs.AskCaseCode)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stack_left_by_a_dialog_that_no_longer_exists_is_cleared_and_the_bot_starts_fresh()
    {
        var host = new SampleHost();
        host.State.Documents[host.Adapter.ConversationId] = """{"dialogStack":[{"id":"old-dialog","version":"1","state":{}}]}""";

        await host.Flow()
            .Send("hallo").AssertReply(Nl.DialogChanged).AssertReply(SampleDialogs.AskCaseCode)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"dialogStack":[{"id":"main"}]}""")]
    [InlineData("""{"dialogStack":[{"id":"main","version":"1","state":{"dialogs":"oops"}}]}""")]
    [InlineData("""{"dialogStack":[{"id":"main","version":"1","state":{"dialogs":{"dialogStack":[]}}}]}""")]
    [InlineData("""{"dialogStack":[{"id":"main","version":"1","state":{"dialogs":{"dialogStack":[{"id":"intake","version":"1","state":{"values":{}}}]}}}]}""")]
    public async Task Corrupt_state_restarts_cleanly_instead_of_crashing(string storedJson)
    {
        var host = new SampleHost();
        host.State.Documents[host.Adapter.ConversationId] = storedJson;

        await host.Flow()
            .Send("hallo").AssertReply(Nl.DialogChanged).AssertReply(SampleDialogs.AskCaseCode)
            .Send("OZA-1").AssertReply(SampleDialogs.AskHours)
            .StartTestAsync();
    }

    [Fact]
    public async Task Step_state_that_no_longer_fits_the_state_type_restarts_cleanly_mid_turn()
    {
        var host = new SampleHost();
        await host.Flow().Send("hallo").AssertReply(SampleDialogs.AskCaseCode).Send("OZA-7K2P").AssertReply(SampleDialogs.AskHours).StartTestAsync();
        host.State.Documents[host.Adapter.ConversationId] = host.StoredJson.Replace("{\"Hours\":0}", "{\"Hours\":\"veel\"}", StringComparison.Ordinal);
        Assert.Contains("\"veel\"", host.StoredJson, StringComparison.Ordinal);

        await host.Flow()
            .Send("12").AssertReply(Nl.DialogChanged).AssertReply(SampleDialogs.AskCaseCode)
            .StartTestAsync();
    }
}
