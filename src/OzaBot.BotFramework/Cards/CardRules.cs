using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// What Teams demands of a bot-sent Adaptive Card (botframework-protocol.md §7) and what our cards promise
/// on top (Universal Actions with a verb and data, labelled inputs, described images). The official
/// parser check lives in the tests (it needs Node); these rules run in-process on every card we send.
/// </summary>
public static class CardRules
{
    /// <summary>Highest card schema version Teams renders for bot cards.</summary>
    public static readonly Version MaxVersion = new(1, 5);

    /// <summary>Teams counts the whole message as UTF-16 (2 bytes per char); it advises staying under 80 KB of the 100 KB hard limit.</summary>
    public const int MaxMessageBytes = 80 * 1024;

    /// <summary>Teams refreshes automatically for at most 60 user ids.</summary>
    public const int MaxRefreshUserIds = 60;

    public const string ExecuteType = "Action.Execute";

    /// <summary>Size of a JSON payload as Teams measures it.</summary>
    public static int MeasureUtf16Bytes(string json) => json.Length * 2;

    /// <summary>Size of a UTF-8 JSON payload as Teams measures it (in UTF-16).</summary>
    public static int MeasureUtf16Bytes(ReadOnlySpan<byte> utf8Json) => Encoding.UTF8.GetCharCount(utf8Json) * 2;

    /// <summary>
    /// The problems of <paramref name="card"/> (empty when fine). Every Action.Execute must have a verb and
    /// a data object holding <paramref name="requiredExecuteDataKeys"/>.
    /// </summary>
    public static IReadOnlyList<string> Check(JsonObject card, params string[] requiredExecuteDataKeys)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();
        if (card["type"]?.GetValueKind() != JsonValueKind.String || card["type"]!.GetValue<string>() != "AdaptiveCard")
        {
            problems.Add("type must be AdaptiveCard");
        }

        if (!TryGetVersion(card, out var version))
        {
            problems.Add("version is missing or not a version number");
        }
        else if (version > MaxVersion)
        {
            problems.Add($"version {version} is above {MaxVersion}, the highest Teams renders");
        }

        foreach (var element in Descendants(card))
        {
            CheckElement(element, requiredExecuteDataKeys, problems);
        }

        return problems;
    }

    private static void CheckElement(JsonObject element, string[] requiredExecuteDataKeys, List<string> problems)
    {
        var type = element["type"]?.GetValueKind() == JsonValueKind.String ? element["type"]!.GetValue<string>() : null;
        var id = element["id"]?.ToString() ?? type;
        if (type == ExecuteType)
        {
            if (string.IsNullOrWhiteSpace(element["verb"]?.ToString()))
            {
                problems.Add($"{id}: Action.Execute without a verb");
            }

            if (element["data"] is not JsonObject data)
            {
                problems.Add($"{id}: Action.Execute without a data object");
            }
            else
            {
                problems.AddRange(requiredExecuteDataKeys.Where(key => !data.ContainsKey(key)).Select(key => $"{id}: Action.Execute data lacks '{key}'"));
            }
        }
        else if (type?.StartsWith("Input.", StringComparison.Ordinal) == true && string.IsNullOrWhiteSpace(element["label"]?.ToString()))
        {
            problems.Add($"{id}: input without a label");
        }
        else if (type == "Image" && string.IsNullOrWhiteSpace(element["altText"]?.ToString()))
        {
            problems.Add($"{id}: image without altText");
        }
    }

    internal static bool TryGetVersion(JsonObject card, out Version version)
    {
        Version? parsed = null;
        var ok = card["version"]?.GetValueKind() == JsonValueKind.String && Version.TryParse(card["version"]!.GetValue<string>(), out parsed);
        version = parsed ?? new Version();
        return ok;
    }

    /// <summary>Every JSON object below <paramref name="node"/>, depth first.</summary>
    internal static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        var pending = new Stack<JsonNode?>([node]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    if (!ReferenceEquals(obj, node))
                    {
                        yield return obj;
                    }

                    // Pushed last to first, so they pop in document order (by index: no copy of the children per node).
                    for (var i = obj.Count - 1; i >= 0; i--)
                    {
                        pending.Push(obj.GetAt(i).Value);
                    }

                    break;
                case JsonArray array:
                    for (var i = array.Count - 1; i >= 0; i--)
                    {
                        pending.Push(array[i]);
                    }

                    break;
            }
        }
    }
}
