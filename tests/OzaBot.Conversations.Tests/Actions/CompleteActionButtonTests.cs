using OzaBot.Conversations.Flows.Actions;
using OzaBot.Testing.Cases;
using OzaBot.Conversations.Tests.CaseManagement;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests.Actions;

public sealed class CompleteActionButtonTests
{
    [Fact]
    public async Task The_completeAction_button_marks_the_action_done_and_a_stale_card_changes_nothing()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        var update = await assistant.Cases.UpdateAsync(stored.Key, s => s.Case.AddAction("verslag delen", PartnerRole.School, null, new Actor(TestCases.DefaultUserId, assistant.Time.GetUtcNow())).WithoutValueForTest(), CancellationToken.None);
        var revision = update.Case!.Case.Revision;

        await assistant.Flow()
            .Execute(CompleteActionButton.Verb, new { caseCode = stored.Code, actionId = "a1", revision = revision - 1 })
            .AssertInvokeResponse(r => Assert.Contains(RefusalText.Nl(Refusals.Stale), r!.Body!.Value.ToCompactJson(), StringComparison.Ordinal))
            .Then(() => Assert.Equal(ActionStatus.Open, TestCases.ReadAsync(assistant, stored.Code).GetAwaiter().GetResult().Actions[0].Status))
            .Execute(CompleteActionButton.Verb, new { caseCode = stored.Code, actionId = "a1", revision })
            .AssertInvokeResponse(r =>
            {
                Assert.Equal(200, r!.Status);
                Assert.Contains(ActionTexts.In(Language.Dutch).Completed(1, "verslag delen"), r.Body!.Value.ToCompactJson(), StringComparison.Ordinal);
            })
            .Submit(new { verb = CompleteActionButton.Verb, caseCode = stored.Code, actionId = "a1", revision = revision + 1 })
            .AssertReply(RefusalText.Nl(Refusals.ActionNotOpen))
            .Submit(new { verb = CompleteActionButton.Verb, caseCode = stored.Code })
            .AssertReplyContains("ontbreekt")
            .StartTestAsync();

        Assert.Equal(ActionStatus.Gedaan, (await TestCases.ReadAsync(assistant, stored.Code)).Actions[0].Status);
    }

    [Fact]
    public async Task Another_conversation_cannot_press_the_button_for_a_case()
    {
        var assistant = new Assistant();
        var stored = await TestCases.OpenAsync(assistant);
        await assistant.Cases.UpdateAsync(stored.Key, s => s.Case.AddAction("verslag delen", PartnerRole.School, null, new Actor(TestCases.DefaultUserId, assistant.Time.GetUtcNow())).WithoutValueForTest(), CancellationToken.None);

        await assistant.Flow(assistant.Chat("a:personal-stranger"))
            .As("29:stranger")
            .Execute(CompleteActionButton.Verb, new { caseCode = stored.Code, actionId = "a1", revision = 2 })
            .AssertReply(Conversations.Cases.CaseAccessTexts.NotFound(Language.Dutch, stored.Code))
            .StartTestAsync();

        Assert.Equal(ActionStatus.Open, (await TestCases.ReadAsync(assistant, stored.Code)).Actions[0].Status);
    }
}
