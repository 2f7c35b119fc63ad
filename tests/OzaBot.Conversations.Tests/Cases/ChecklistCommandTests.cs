using OzaBot.Conversations.Tests.Evaluation;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Tests.Cases;

public sealed class ChecklistCommandTests
{
    private static IReadOnlyList<string> Items => [.. ProcessCatalogue.Default.Step(StepIds.OzaVerkennen).ChecklistFor(Domain.Vocabulary.Track.OzaIndividueel).Select(i => i.Id)];

    [Fact]
    public async Task Items_are_ticked_by_number_and_a_wrong_number_changes_nothing()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaVerkennen);
        await assistant.Flow()
            .Send("1, 2 en 3 klaar " + c.Code)
            .AssertReply($"✓ Punten 1, 2, 3 afgevinkt. Stap Verkennen: 3 van {Items.Count} afgerond.")
            .Send("7 n.v.t.")
            .AssertReply($"✓ Punt 7 niet van toepassing. Stap Verkennen: 4 van {Items.Count} afgerond.")
            .Send("2 open")
            .AssertReplyContains("Punt 2 weer open")
            .Send("12 klaar")
            .AssertReplyContains($"kies een nummer van 1 tot en met {Items.Count}")
            .StartTestAsync();

        var saved = await TestCases.ReadAsync(assistant, c.Code);
        Assert.Equal(ChecklistStatus.Gedaan, saved.ChecklistStatusOf(Items[0]));
        Assert.Equal(ChecklistStatus.Open, saved.ChecklistStatusOf(Items[1]));
        Assert.Equal(ChecklistStatus.NietVanToepassing, saved.ChecklistStatusOf(Items[6]));
    }

    [Fact]
    public async Task Ticking_everything_by_typing_leads_to_the_next_step()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaVerkennen);
        await assistant.Cases.UpdateAsync(Assistant.Key(c.Code), s => s.Case.ChooseSupportLevel(SupportLevel.Aanvullend, new Actor("aad-29:user-1", assistant.Time.GetUtcNow())), CancellationToken.None);
        var all = string.Join(", ", Enumerable.Range(1, Items.Count));
        await assistant.Flow()
            .Send("klaar met deze stap " + c.Code)
            .AssertReplyContains("Stap Verkennen is nog niet rond")
            .Send(all + " klaar")
            .AssertReplyContains("Alles is rond: typ **klaar met deze stap**")
            .Send("klaar met deze stap")
            .AssertReplyContains("Betrekken")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_checklist_cards_note_is_kept_with_the_case()
    {
        var assistant = new Assistant();
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaVerkennen);
        await assistant.Flow()
            .Execute("saveChecklist", new Dictionary<string, object> { ["caseCode"] = c.Code, ["revision"] = c.Revision, ["note"] = "toestemming volgt na het gesprek" })
            .AssertInvokeResponse(r => Assert.Contains("toestemming volgt na het gesprek", r!.Body!.Value.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();

        var note = Assert.Single((await TestCases.ReadAsync(assistant, c.Code)).Notes);
        Assert.Equal(("toestemming volgt na het gesprek", StepIds.OzaVerkennen), (note.Text, note.StepId));
    }

    [Fact]
    public async Task Sensitive_items_appear_only_in_a_one_to_one_chat_and_group_numbers_skip_them()
    {
        var assistant = new Assistant();
        const string group = "19:group@thread.v2";
        var c = await TestCases.OzaAtAsync(assistant, StepIds.OzaVerkennen, "a:personal-1", group);
        var diagnose = Items.ToList().IndexOf("oza.verkennen.diagnose");
        var visible = Items.Count - 1;

        await assistant.Flow(assistant.Chat(group, BotFramework.Schema.ConversationTypes.GroupChat))
            .Send(c.Code)
            .AssertReplyContains("Je werkt nu aan casus")
            .Send("verkennen")
            .AssertTextWithCard("Verkennen", card =>
            {
                var json = card.GetRawText();
                Assert.DoesNotContain("Diagnose", json, StringComparison.Ordinal);
                Assert.Contains("1 punt over gezondheid of verzuim staat alleen in je 1:1-chat met OzaBot.", json, StringComparison.Ordinal);
                Assert.Contains($"0 van {visible} afgerond", json, StringComparison.Ordinal);
            })
            .Send($"{visible} klaar")
            .AssertReply($"✓ Punt {visible} afgevinkt. Stap Verkennen: 1 van {visible} afgerond.")
            .Send("wat nu?")
            .AssertTextWithCard("De volgende stappen", card => Assert.DoesNotContain("Diagnose", card.GetRawText(), StringComparison.Ordinal))
            .StartTestAsync();

        // The group's last number is the last non-sensitive item, not the diagnosis.
        var saved = await TestCases.ReadAsync(assistant, c.Code);
        Assert.Equal(ChecklistStatus.Open, saved.ChecklistStatusOf(Items[diagnose]));
        Assert.Equal(ChecklistStatus.Gedaan, saved.ChecklistStatusOf(Items[^1]));

        await assistant.Flow()
            .Send(c.Code)
            .AssertReplyContains("Je werkt nu aan casus")
            .Send("verkennen")
            .AssertTextWithCard("Verkennen", card => Assert.Contains("Diagnose", card.GetRawText(), StringComparison.Ordinal))
            .Send($"{diagnose + 1} n.v.t.")
            .AssertReplyContains($"Punt {diagnose + 1} niet van toepassing")
            .StartTestAsync();
        Assert.Equal(ChecklistStatus.NietVanToepassing, (await TestCases.ReadAsync(assistant, c.Code)).ChecklistStatusOf(Items[diagnose]));
    }
}
