using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards.Templating;

/// <summary>Turns template JSON into <see cref="TemplateNode"/>s once, so expansion never re-parses text.</summary>
internal static class TemplateCompiler
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";

    // Keys the official engine never copies to the output.
    private static readonly HashSet<string> ReservedKeys = [DataKey, WhenKey, "$root", "$index", "$host", "$_acTemplateVersion"];

    public static TemplateNode Compile(JsonNode? node) => node switch
    {
        JsonObject obj => CompileObject(obj),
        JsonArray array => new ArrayNode([.. array.Select(Compile)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => CompileString(value.GetValue<string>()),
        _ => new LiteralNode(node),
    };

    private static ObjectNode CompileObject(JsonObject obj)
    {
        var properties = new List<KeyValuePair<string, TemplateNode>>();
        foreach (var (key, value) in obj)
        {
            if (!ReservedKeys.Contains(key))
            {
                properties.Add(new(key, Compile(value)));
            }
        }

        return new ObjectNode([.. properties], BindingExpression(obj, DataKey), BindingExpression(obj, WhenKey));
    }

    // $data and $when must be one ${…} that is not a constant: the official engine treats anything else
    // in ways no template wants ($when: the element is always dropped; $data: the raw text becomes the data).
    private static TemplateExpression? BindingExpression(JsonObject obj, string key)
    {
        if (!obj.TryGetPropertyValue(key, out var value))
        {
            return null;
        }

        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            && CompileString(text.GetValue<string>()) is SingleExpressionNode)
        {
            return ParseSingle(text.GetValue<string>());
        }

        throw new CardTemplateException($"{key} must be a single ${{…}} expression, not {value?.ToJsonString() ?? "null"}.");
    }

    private static TemplateExpression ParseSingle(string text) => ExpressionParser.Parse(text[2..^1]);

    internal static TemplateNode CompileString(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return new LiteralNode(JsonValue.Create(text));
        }

        // The official engine wraps the text in `…` for adaptive-expressions, where ` and \ have meanings.
        if (text.Contains('`', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
        {
            throw new CardTemplateException($"Templated text may not contain ` or \\: '{text}'.");
        }

        var parts = new List<object>();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            if (start < 0)
            {
                parts.Add(text[position..]);
                break;
            }

            if (start > position)
            {
                parts.Add(text[position..start]);
            }

            var end = FindClosingBrace(text, start + 2);
            parts.Add(ExpressionParser.Parse(text[(start + 2)..end]));
            position = end + 1;
        }

        // A lone constant such as ${42} stays text in the official engine (it parses to a string concat).
        return parts is [TemplateExpression single and not LiteralExpression]
            ? new SingleExpressionNode(single, text)
            : new InterpolatedStringNode([.. parts], text);
    }

    private static int FindClosingBrace(string text, int from)
    {
        char? quote = null;
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth-- == 0)
            {
                return i;
            }
        }

        throw new CardTemplateException($"Unclosed ${{ in '{text}'.");
    }
}
