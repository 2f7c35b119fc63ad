using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Tests.Cards;

/// <summary>JSON equality as JavaScript sees it: numbers by value, object members in any order.</summary>
internal static class JsonSemantics
{
    /// <summary>Null when equal; otherwise the JSON path of the first difference.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        switch (expected)
        {
            case JsonObject e when actual is JsonObject a:
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key))
                    {
                        return $"{path}.{key}: present only in {(e.ContainsKey(key) ? "expected" : "actual")}";
                    }

                    var difference = FirstDifference(e[key], a[key], path + "." + key);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items vs {a.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    var difference = FirstDifference(e[i], a[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValue when actual is JsonValue && expected.GetValueKind() == JsonValueKind.Number && actual.GetValueKind() == JsonValueKind.Number:
                return Number(expected).Equals(Number(actual)) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }
    }

    private static double Number(JsonNode node) => node.AsValue().TryGetValue(out double number) ? number : node.GetValue<int>();

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
