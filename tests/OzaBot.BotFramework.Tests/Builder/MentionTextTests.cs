using System.Text.Json;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.Tests.Builder;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<at>OzaBot</at> wat nu?", "wat nu?")]
    [InlineData("\r\n<at>OzaBot</at>&nbsp;help", "&nbsp;help")]
    [InlineData("wat nu <at>OzaBot</at>", "wat nu")]
    [InlineData("<at>Jan</at> toevoegen als ouder", "<at>Jan</at> toevoegen als ouder")]
    [InlineData("gewoon tekst", "gewoon tekst")]
    public void Only_the_bots_own_mention_is_removed(string text, string expected)
    {
        var activity = new Activity
        {
            Text = text,
            Recipient = new ChannelAccount { Id = "28:bot", Name = "OzaBot" },
            Entities = [JsonSerializer.Deserialize("""{"type":"mention","text":"<at>OzaBot</at>","mentioned":{"id":"28:bot"}}""", BotJsonContext.Default.Entity)!],
        };

        Assert.Equal(expected, MentionText.WithoutBotMention(activity));
    }
}
