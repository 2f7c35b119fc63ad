using System.Text.Json;

namespace OzaBot.LoadGenerator.Script;

/// <summary>Reads and checks a script file, so a typo fails before the host is started.</summary>
internal static class ScriptLoader
{
    public static ConversationScript Load(string path)
    {
        using var stream = File.OpenRead(path);
        var script = JsonSerializer.Deserialize(stream, GeneratorJsonContext.Default.ConversationScript)
            ?? throw new InvalidDataException($"{path}: empty script.");
        var problems = Problems(script).ToList();
        return problems.Count == 0 ? script : throw new InvalidDataException($"{path}: {string.Join("; ", problems)}");
    }

    private static IEnumerable<string> Problems(ConversationScript script)
    {
        if (script.Turns.Count == 0)
        {
            yield return "no turns";
        }

        for (var i = 0; i < script.Turns.Count; i++)
        {
            var turn = script.Turns[i];
            var at = $"turn {i + 1}";
            if (turn.Do == TurnAction.Send && string.IsNullOrEmpty(turn.Text))
            {
                yield return $"{at}: send needs text";
            }

            if (turn.Do == TurnAction.Invoke && string.IsNullOrEmpty(turn.Verb))
            {
                yield return $"{at}: invoke needs a verb";
            }

            if (turn.Do == TurnAction.Submit && turn.Data is null && !turn.FromCard)
            {
                yield return $"{at}: submit needs data or fromCard";
            }

            var replies = turn.Replies;
            var valid = replies is null
                || (replies.Value.ValueKind == JsonValueKind.Number && replies.Value.TryGetInt32(out var n) && n >= 0)
                || (replies.Value.ValueKind == JsonValueKind.String && replies.Value.GetString() == "quiet");
            if (!valid)
            {
                yield return $"{at}: replies must be a count or \"quiet\"";
            }
        }
    }
}
