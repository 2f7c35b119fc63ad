using OzaBot.Domain.Vocabulary;
using System.Globalization;
using System.Text.Json.Nodes;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Gesprekskader;

/// <summary>The data for the <c>gesprekskader</c> card: one block with its questions and the session's notes.</summary>
internal static class GesprekskaderCard
{
    public const string Template = "gesprekskader";

    public static JsonObject Data(ProcessCatalogue catalogue, GesprekskaderSession session, ConversationBlock block, Language language) => new()
    {
        ["revision"] = session.RevisionOf(block.Number),
        ["block"] = new JsonObject
        {
            ["number"] = block.Number,
            ["total"] = catalogue.ConversationFramework.Blocks.Count,
            ["title"] = block.Title,
            ["question"] = block.Question,
            ["intro"] = GesprekskaderTexts.In(language).CardIntro,
            ["source"] = catalogue.Describe(block.Source),
        },
        ["questions"] = new JsonArray([.. block.Questions.Select((q, i) => (JsonNode)new JsonObject
        {
            ["id"] = QuestionId(i + 1),
            ["text"] = q,
            ["note"] = session.NoteOf(block.Number, i + 1),
        })]),
    };

    /// <summary>"q1", "q2", …: the card's input is "answer-q1".</summary>
    public static string QuestionId(int number) => "q" + number.ToString(CultureInfo.InvariantCulture);

    public static int? QuestionNumber(string id) =>
        id.StartsWith('q') && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
