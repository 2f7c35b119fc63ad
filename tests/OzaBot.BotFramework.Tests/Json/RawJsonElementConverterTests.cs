using System.Text;
using System.Text.Json;
using OzaBot.BotFramework.Json;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Tests.Json;

public sealed class RawJsonElementConverterTests
{
    [Fact]
    public void An_outgoing_card_is_written_as_the_bytes_it_was_parsed_from()
    {
        const string card = "{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Stap één <b>\\/ 2\"}],\"n\":1.50}";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonDocument.Parse(card).RootElement }],
        };

        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity));

        // Token by token, System.Text.Json would have written "Stap \u00E9\u00E9n \u003Cb\u003E/ 2".
        Assert.Contains("\"content\":" + card, json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incoming_value_reads_as_the_element_it_holds()
    {
        var activity = JsonSerializer.Deserialize("{\"type\":\"invoke\",\"value\":{\"action\":{\"verb\":\"plan\"}}}", BotJsonContext.Default.Activity)!;

        Assert.Equal("plan", activity.Value!.Value.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public void An_undefined_element_cannot_be_written()
    {
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        Assert.Throws<InvalidOperationException>(() => RawJsonElementConverter.Write(writer, default));
    }
}
