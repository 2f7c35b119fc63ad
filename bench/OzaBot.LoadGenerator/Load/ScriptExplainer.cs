using System.Globalization;
using System.Text;
using OzaBot.LoadGenerator.Script;

namespace OzaBot.LoadGenerator.Load;

/// <summary>
/// <c>--explain</c>: plays the script once in one conversation, every turn until quiet, and prints per turn
/// how many replies came and what they say, so a script's <c>replies</c> counts can be written from it.
/// </summary>
internal static class ScriptExplainer
{
    public static async Task<string> ExplainAsync(PlayContext play)
    {
        var report = new StringBuilder();
        var user = new VirtualUser(play);
        await user.PlayOnceAsync((turn, result) =>
        {
            var action = turn.Do switch
            {
                TurnAction.Send => $"send \"{turn.Text}\"",
                TurnAction.Invoke => $"invoke {turn.Verb}",
                TurnAction.Submit => "submit",
                _ => "join",
            };
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{action}: HTTP {result.HttpStatus}, {result.Replies.Count} replies (script expects {turn.Replies?.ToString() ?? "quiet"}){(result.Error is { } e ? ", error: " + e : "")}"));
            if (result.InvokeBody is { Length: > 0 } body)
            {
                report.AppendLine("  invoke response: " + Shorten(CardActions.VisibleText(body)));
            }

            foreach (var reply in result.Replies)
            {
                report.AppendLine($"  reply {reply.Id}{(reply.HasAttachments ? " (card)" : "")}: " + Shorten(CardActions.VisibleText(reply.Body)));
            }
        });
        return report.ToString();
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length > 240 ? flat[..240] + "…" : flat;
    }
}

/// <summary>What one explained turn produced.</summary>
internal sealed record ExplainedTurn(int HttpStatus, List<Reply> Replies, byte[]? InvokeBody, string? Error);
