using System.Text.Json;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Tests.Meetings;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Privacy;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.Privacy;

/// <summary>
/// Everything OzaBot says in a group chat about a fully filled case — a planned OZO with attendee addresses,
/// actions, consent, financing, the plan, the partner and action lists, the checklist, "wat nu?" — holds no
/// e-mail address, phone number or name: the same check that refuses them in free text finds nothing.
/// </summary>
public sealed class GroupOutputTests
{
    private const string Group = "19:group-output@thread.v2";

    [Fact]
    public async Task No_group_visible_message_or_card_holds_an_address_phone_number_or_name()
    {
        var assistant = MeetingAssistant.Create();
        var code = await assistant.OpenCaseAsync(Group);
        var actor = new Actor("aad-29:user-1", assistant.Time.GetUtcNow());
        await assistant.Cases.UpdateAsync(Assistant.Key(code), s =>
        {
            var c = s.Case;
            c.AddAction("Verslag van het gesprek delen met de partners", PartnerRole.Gebiedsteam, actor.At.AddDays(7), actor);
            c.AddFinancing(Financer.Gemeente, "Begeleiding in de klas, 2 ochtenden per week", DateOnly.FromDateTime(actor.At.UtcDateTime), null, actor);
            return c.SetCircumstance(Circumstance.Verzuim, true, actor);
        }, CancellationToken.None);
        var chat = assistant.Chat(Group, ConversationTypes.GroupChat);

        await assistant.Flow(chat)
            .PlanOzo(code)
            .Send("toon plan").AssertTextWithCard("Het plan van")
            .Send("wat nu?").AssertTextWithCard("De volgende stappen")
            .Send("partners").AssertReplyContains("Partners van casus")
            .Send("acties").AssertReplyContains("Verslag")
            .Send("stap 1").AssertTextWithCard("Verkennen")
            .StartTestAsync();

        var today = DateOnly.FromDateTime(assistant.Time.GetUtcNow().UtcDateTime);
        var said = chat.History.Concat(chat.Updated).ToList();
        Assert.True(said.Count > 10, "too little was said to prove anything");
        foreach (var activity in said)
        {
            foreach (var text in Texts(activity))
            {
                Assert.True(PersonalData.Find(text, today) is null, $"group output holds {PersonalData.Find(text, today)}: {text}");
                Assert.DoesNotContain("@", text.Replace("<at>", "", StringComparison.Ordinal), StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The activity's text and every string in its cards (what a member can read).</summary>
    private static IEnumerable<string> Texts(Activity activity)
    {
        if (activity.Text is { Length: > 0 } text)
        {
            yield return text;
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { } content)
            {
                foreach (var value in Strings(content))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("$schema" or "url")).SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
