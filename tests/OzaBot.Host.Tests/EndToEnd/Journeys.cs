using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>Parts of a conversation that several end-to-end tests walk, typed as a user would.</summary>
internal static partial class Journeys
{
    public static async Task<string> CreateCaseAsync(ChatClient chat)
    {
        foreach (var line in new[] { "nieuwe casus", "oza individueel", "geen", "Basisschool De Linde", "basis" })
        {
            await chat.SayAsync(line);
        }

        return Domain.Cases.CaseCodes.Find(ChatClient.Transcript(await chat.SayAsync("versterken")))!;
    }

    /// <summary>Plans an OZO in the local calendar (participants, addresses, duration, window, a slot, yes) and returns its .ics link on the bot.</summary>
    public static async Task<Uri> PlanOzoAsync(ChatClient chat)
    {
        Assert.Contains("Wie nodig je uit?", ChatClient.Transcript(await chat.SayAsync("plan een OZO")), StringComparison.Ordinal);
        await chat.SayAsync("1");
        await chat.SayAsync("ib@school.example.nl");
        Assert.Contains("Hoe lang", ChatClient.Transcript(await chat.SayAsync("zorg@school.example.nl")), StringComparison.Ordinal);
        await chat.SayAsync("60");
        var proposal = await chat.SayAsync("morgen");
        var slotData = ExecuteData(proposal[^1], "chooseSlot");
        slotData["slot"] = "s1";
        var (chosen, _) = await chat.ExecuteAsync("chooseSlot", slotData, replyToId: proposal[^1].ActivityId!);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var confirmation = await chat.SayAsync("ja");
        Assert.Contains("is gepland", ChatClient.Transcript(confirmation), StringComparison.Ordinal);
        var link = new Uri(IcsLink().Match(confirmation[^1].Body).Value);
        return chat.Bot.Url(link.AbsolutePath);
    }

    public static JsonObject ExecuteData(RecordedRequest cardMessage, string verb)
    {
        var card = cardMessage.Json?["attachments"]?[0]?["content"]
            ?? throw new InvalidOperationException($"expected a card with '{verb}', the bot sent: {cardMessage.Body}");
        var action = Descendants(card).OfType<JsonObject>().First(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb);
        return action["data"]!.DeepClone().AsObject();
    }

    /// <summary>
    /// What a Teams client submits for an Action.Execute: every input's current value (as the card was sent,
    /// then <paramref name="filled"/> as a user would fill it) merged with the action's data.
    /// </summary>
    public static JsonObject SubmitData(RecordedRequest cardMessage, string verb, IReadOnlyDictionary<string, string> filled)
    {
        var card = cardMessage.Json!["attachments"]![0]!["content"]!;
        var data = ExecuteData(cardMessage, verb);
        foreach (var input in Descendants(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            var id = input["id"]!.GetValue<string>();
            data[id] = filled.TryGetValue(id, out var value) ? value : input["value"]?.DeepClone() ?? "";
        }

        foreach (var (id, value) in filled.Where(f => !data.ContainsKey(f.Key)))
        {
            throw new InvalidOperationException($"the card has no input '{id}' (value '{value}')");
        }

        return data;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/calendar/[A-Za-z0-9_-]+\.ics")]
    private static partial Regex IcsLink();
}
