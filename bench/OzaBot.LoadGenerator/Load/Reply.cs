using System.Text.Json;

namespace OzaBot.LoadGenerator.Load;

/// <summary>One Connector call the bot made: when it arrived, the id the stand-in gave it, and its body.</summary>
internal sealed record Reply(long ArrivedAt, string Id, byte[] Body, bool IsTyping, bool HasAttachments)
{
    /// <summary>Reads just the top-level <c>type</c> and whether <c>attachments</c> is there: cheap, the generator shares the cores.</summary>
    public static Reply Scan(long arrivedAt, string id, byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        bool typing = false, attachments = false;
        if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    typing = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("typing"u8);
                }
                else if (reader.ValueTextEquals("attachments"u8))
                {
                    reader.Read();
                    attachments = reader.TokenType == JsonTokenType.StartArray;
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }

        return new Reply(arrivedAt, id, body, typing, attachments);
    }
}
