using System.Text.Json;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Tests.Cards;

public sealed class CardSubmissionTests
{
    private static Activity Invoke(string valueJson) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Locale = "nl-NL",
        ReplyToId = "1700000000001",
        Value = JsonDocument.Parse(valueJson).RootElement.Clone(),
    };

    private static Activity Message(string valueJson) => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonDocument.Parse(valueJson).RootElement.Clone(),
    };

    [Fact]
    public void Execute_invoke_with_inputs_merged_into_data()
    {
        var activity = Invoke("""
            { "action": { "type": "Action.Execute", "verb": "saveChecklist",
                          "data": { "caseCode": "OZA-7K3M-Q9", "revision": 12, "step": "ontwikkelen", "check-rollen": "true", "note": "" } },
              "trigger": "manual" }
            """);

        Assert.True(CardSubmission.TryRead(activity, out var submission, out var error));
        Assert.Null(error);
        Assert.Equal("saveChecklist", submission!.Verb);
        Assert.True(submission.IsInvoke);
        Assert.False(submission.IsRefresh);
        Assert.Equal("true", submission.Data["check-rollen"]!.GetValue<string>());
    }

    [Fact]
    public void Automatic_refresh_is_marked()
    {
        var activity = Invoke("""{ "action": { "type": "Action.Execute", "verb": "refreshCard", "data": { "caseCode": "OZA-7K3M-Q9" } }, "trigger": "automatic" }""");

        Assert.True(CardSubmission.TryRead(activity, out var submission, out _));
        Assert.True(submission!.IsRefresh);
    }

    [Fact]
    public void Submit_fallback_message_reads_the_same_way()
    {
        var activity = Message("""{ "verb": "saveChecklist", "caseCode": "OZA-7K3M-Q9", "revision": 12, "check-rollen": "false" }""");

        Assert.True(CardSubmission.TryRead(activity, out var submission, out _));
        Assert.Equal("saveChecklist", submission!.Verb);
        Assert.False(submission.IsInvoke);
        Assert.False(submission.Data.ContainsKey("verb"));
        Assert.Equal("OZA-7K3M-Q9", submission.Data["caseCode"]!.GetValue<string>());
    }

    [Fact]
    public void Ordinary_message_is_not_a_submission()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "wat nu?" };

        Assert.False(CardSubmission.TryRead(activity, out var submission, out var error));
        Assert.Null(submission);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("""{ "action": { "type": "Action.Submit", "verb": "x", "data": {} } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "data": {} } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "", "data": {} } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "drop table", "data": {} } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "ok", "data": [1, 2] } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "ok", "data": "text" } }""")]
    [InlineData("""{ "action": "Action.Execute" }""")]
    [InlineData("""[1]""")]
    public void Malformed_invoke_is_refused_with_a_Dutch_message(string valueJson)
    {
        Assert.False(CardSubmission.TryRead(Invoke(valueJson), out var submission, out var error));
        Assert.Null(submission);
        Assert.Equal(CardTexts.UnknownButton("nl-NL"), error);
    }

    [Fact]
    public void Oversized_payload_is_refused()
    {
        var big = new string('a', CardSubmission.MaxPayloadChars);
        var activity = Invoke($$"""{ "action": { "type": "Action.Execute", "verb": "saveChecklist", "data": { "note": "{{big}}" } } }""");

        Assert.False(CardSubmission.TryRead(activity, out _, out var error));
        Assert.Equal("De kaart stuurde te veel gegevens.", error);
    }
}
