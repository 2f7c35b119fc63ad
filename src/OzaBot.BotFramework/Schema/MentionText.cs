using System.Text.RegularExpressions;

namespace OzaBot.BotFramework.Schema;

/// <summary>
/// In group chats and channels Teams puts "&lt;at&gt;BotName&lt;/at&gt;" in the text (often after "\r\n").
/// Returns the text the user typed, without the bot's mention.
/// </summary>
public static partial class MentionText
{
    public static string WithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.ExtensionData is { } data &&
                data.TryGetValue("mentioned", out var mentioned) &&
                mentioned.TryGetProperty("id", out var id) && id.GetString() == activity.Recipient?.Id &&
                data.TryGetValue("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } at)
            {
                text = text.Replace(at, string.Empty, StringComparison.Ordinal);
            }
        }

        // A mention of the bot without a matching entity (Skype-style tags); other people's mentions stay.
        var botName = activity.Recipient?.Name;
        text = AtTag().Replace(text, m => botName is not null && m.Groups["name"].Value.Trim() == botName ? string.Empty : m.Value);
        return text.Trim();
    }

    [GeneratedRegex("<at( [^>]*)?>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
