using System.Text.Json;
using System.Text.RegularExpressions;
using OzaBot.BotFramework.Schema;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>
/// Who a partner is, from a message: a chat member @mentioned (Teams sends a <c>mention</c> entity; only the
/// opaque id is kept, never the name) or an e-mail address (kept for invitations only, never shown in a group).
/// </summary>
internal sealed partial record PartnerContact(string? UserId, string? Email)
{
    public static PartnerContact? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (MentionedIds(activity).FirstOrDefault() is { } id)
        {
            return new PartnerContact(id, null);
        }

        return EmailPattern().Match(WithoutMentions(activity.Text ?? "")) is { Success: true } email
            ? new PartnerContact(null, email.Value.ToLowerInvariant())
            : null;
    }

    /// <summary>The text without &lt;at&gt;names&lt;/at&gt; and e-mail addresses, to look for a role in.</summary>
    public static string WithoutPeople(string text) => EmailPattern().Replace(WithoutMentions(text), " ");

    private static string WithoutMentions(string text) => AtTag().Replace(text, " ");

    /// <summary>People mentioned in the message other than the bot: their Entra object id when Teams sends it, else their channel id.</summary>
    private static IEnumerable<string> MentionedIds(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.ExtensionData is { } data &&
                data.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object &&
                mentioned.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } channelId &&
                channelId != activity.Recipient?.Id)
            {
                yield return mentioned.TryGetProperty("aadObjectId", out var aad) && aad.GetString() is { Length: > 0 } objectId ? objectId : channelId;
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex("<at( [^>]*)?>[^<]*</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();
}
