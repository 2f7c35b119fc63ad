using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// A plain-text rendering of an expanded card, for notification summaries, the console and clients
/// that cannot show cards: text blocks as lines, facts as "titel: waarde", toggles as [x]/[ ],
/// choices as (x)/( ), inputs as "label: waarde", buttons as [titel]. Hidden elements are left out.
/// </summary>
public static class CardPlainText
{
    public static string Render(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var lines = new List<string>();
        RenderElements(card["body"], lines);
        RenderActions(card["actions"], lines);
        return string.Join('\n', lines.Where(line => line.Length > 0));
    }

    private static void RenderElements(JsonNode? elements, List<string> lines)
    {
        foreach (var element in (elements as JsonArray ?? []).OfType<JsonObject>())
        {
            if (element["isVisible"]?.GetValueKind() != JsonValueKind.False)
            {
                RenderElement(element, lines);
            }
        }
    }

    private static void RenderElement(JsonObject element, List<string> lines)
    {
        switch (Text(element, "type"))
        {
            case "TextBlock":
                lines.Add(Text(element, "text"));
                break;
            case "RichTextBlock":
                lines.Add(string.Concat((element["inlines"] as JsonArray ?? []).Select(i => i is JsonObject run ? Text(run, "text") : i?.ToString())));
                break;
            case "FactSet":
                lines.AddRange((element["facts"] as JsonArray ?? []).OfType<JsonObject>().Select(f => $"{Text(f, "title")}: {Text(f, "value")}"));
                break;
            case "Container" or "Column":
                RenderElements(element["items"], lines);
                break;
            case "ColumnSet":
                RenderColumns(element, lines);
                break;
            case "ActionSet":
                RenderActions(element["actions"], lines);
                break;
            case "Image":
                lines.Add($"[{Text(element, "altText")}]");
                break;
            case "Input.Toggle":
                var on = element["valueOn"]?.ToString() ?? "true";
                lines.Add(Labelled(element, (Text(element, "value") == on ? "[x] " : "[ ] ") + Text(element, "title")));
                break;
            case "Input.ChoiceSet":
                RenderChoices(element, lines);
                break;
            case { } type when type.StartsWith("Input.", StringComparison.Ordinal):
                lines.Add(Labelled(element, Text(element, "value")));
                break;
        }
    }

    // Columns that are one line each read best side by side ("✓ Verkennen | ▶ Ontwikkelen (nu)").
    private static void RenderColumns(JsonObject columnSet, List<string> lines)
    {
        var columns = (columnSet["columns"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(column =>
            {
                var columnLines = new List<string>();
                RenderElement(column, columnLines);
                return columnLines.Where(line => line.Length > 0).ToList();
            })
            .Where(columnLines => columnLines.Count > 0)
            .ToList();
        if (columns.All(c => c.Count == 1))
        {
            lines.Add(string.Join(" | ", columns.Select(c => c[0])));
        }
        else
        {
            lines.AddRange(columns.SelectMany(c => c));
        }
    }

    private static void RenderChoices(JsonObject choiceSet, List<string> lines)
    {
        var selected = Text(choiceSet, "value").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        lines.Add(Labelled(choiceSet, string.Empty));
        lines.AddRange((choiceSet["choices"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => (selected.Contains(Text(c, "value"), StringComparer.Ordinal) ? "(x) " : "( ) ") + Text(c, "title")));
    }

    private static void RenderActions(JsonNode? actions, List<string> lines)
    {
        var rendered = (actions as JsonArray ?? []).OfType<JsonObject>()
            .Select(a => Text(a, "type") == "Action.OpenUrl" ? $"[{Text(a, "title")}: {Text(a, "url")}]" : $"[{Text(a, "title")}]")
            .ToList();
        if (rendered.Count > 0)
        {
            lines.Add(string.Join(' ', rendered));
        }
    }

    private static string Labelled(JsonObject input, string value)
    {
        var label = Text(input, "label");
        return label.Length == 0 ? value : (label + ": " + value).TrimEnd();
    }

    private static string Text(JsonObject obj, string key) =>
        obj[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : string.Empty;
}
