using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards.Templating;

internal enum TemplateValueKind
{
    /// <summary>A path that leads nowhere (JavaScript's <c>undefined</c>).</summary>
    Undefined,

    /// <summary>The expression could not be evaluated (adaptive-expressions' <c>error</c>).</summary>
    Error,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A value during expression evaluation, with the JavaScript semantics adaptive-expressions uses
/// (undefined versus null, truthiness, equality, <c>toString()</c>).
/// </summary>
internal readonly record struct TemplateValue(TemplateValueKind Kind, JsonNode? Node)
{
    public static readonly TemplateValue Undefined = new(TemplateValueKind.Undefined, null);
    public static readonly TemplateValue Error = new(TemplateValueKind.Error, null);
    public static readonly TemplateValue Null = new(TemplateValueKind.Null, null);
    public static readonly TemplateValue True = new(TemplateValueKind.Boolean, JsonValue.Create(true));
    public static readonly TemplateValue False = new(TemplateValueKind.Boolean, JsonValue.Create(false));

    public bool IsNullish => Kind is TemplateValueKind.Null or TemplateValueKind.Undefined;

    public static TemplateValue Of(bool value) => value ? True : False;

    public static TemplateValue Of(string value) => new(TemplateValueKind.String, JsonValue.Create(value));

    public static TemplateValue Of(double value) => new(TemplateValueKind.Number, JsonValue.Create(value));

    public static TemplateValue Of(int value) => new(TemplateValueKind.Number, JsonValue.Create(value));

    public static TemplateValue FromNode(JsonNode? node) => node switch
    {
        null => Null,
        JsonArray => new(TemplateValueKind.Array, node),
        JsonObject => new(TemplateValueKind.Object, node),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => new(TemplateValueKind.String, node),
            JsonValueKind.Number => new(TemplateValueKind.Number, node),
            JsonValueKind.True or JsonValueKind.False => new(TemplateValueKind.Boolean, node),
            _ => Null,
        },
    };

    // Parsed JSON converts to double; values we create from a count hold an int.
    public double Number => Node is JsonValue value && value.TryGetValue(out double number) ? number : Node!.GetValue<int>();

    public string Text => Node!.GetValue<string>();

    public bool Boolean => Node!.GetValue<bool>();

    /// <summary>adaptive-expressions' <c>isLogicTrue</c>: booleans are themselves, null/undefined false, anything else true.</summary>
    public bool IsLogicTrue => Kind switch
    {
        TemplateValueKind.Boolean => Boolean,
        TemplateValueKind.Null or TemplateValueKind.Undefined or TemplateValueKind.Error => false,
        _ => true,
    };

    /// <summary>A copy of the value for the expanded card (the data tree must not be re-parented).</summary>
    public JsonNode? ToOutput() => Node?.DeepClone();

    /// <summary>adaptive-expressions' <c>commonEquals</c>.</summary>
    public static bool CommonEquals(TemplateValue left, TemplateValue right)
    {
        if (left.IsNullish || right.IsNullish)
        {
            return left.IsNullish && right.IsNullish;
        }

        return NodeEquals(left.Node, right.Node);
    }

    private static bool NodeEquals(JsonNode? left, JsonNode? right)
    {
        var a = FromNode(left);
        var b = FromNode(right);
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case TemplateValueKind.Null:
                return true;
            case TemplateValueKind.Number:
                // JavaScript's Number.EPSILON, as commonEquals uses it.
                return Math.Abs(a.Number - b.Number) < 2.220446049250313e-16 || a.Number.Equals(b.Number);
            case TemplateValueKind.String:
                return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
            case TemplateValueKind.Boolean:
                return a.Boolean == b.Boolean;
            case TemplateValueKind.Array:
                var leftItems = (JsonArray)left!;
                var rightItems = (JsonArray)right!;
                return leftItems.Count == rightItems.Count && leftItems.Zip(rightItems).All(pair => NodeEquals(pair.First, pair.Second));
            default:
                var leftObject = (JsonObject)left!;
                var rightObject = (JsonObject)right!;
                return leftObject.Count == rightObject.Count
                    && leftObject.All(p => rightObject.TryGetPropertyValue(p.Key, out var other) && NodeEquals(p.Value, other));
        }
    }

    /// <summary>JavaScript's <c>value.toString()</c>, which the official engine uses to join an interpolated string.</summary>
    public string ToJavaScriptString() => Kind switch
    {
        TemplateValueKind.String => Text,
        TemplateValueKind.Number => FormatNumber(Number),
        TemplateValueKind.Boolean => Boolean ? "true" : "false",
        TemplateValueKind.Object => "[object Object]",
        TemplateValueKind.Array => JoinArray((JsonArray)Node!),
        _ => throw new CardTemplateException("A value in an interpolated string is null or missing; the official engine fails on it too."),
    };

    private static string JoinArray(JsonArray array)
    {
        var text = new StringBuilder();
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var item = FromNode(array[i]);
            if (!item.IsNullish)
            {
                text.Append(item.ToJavaScriptString());
            }
        }

        return text.ToString();
    }

    /// <summary>JavaScript's Number.prototype.toString() for the ranges cards use.</summary>
    internal static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var magnitude = Math.Abs(value);
        if (magnitude == Math.Floor(magnitude) && magnitude < 1e21)
        {
            return value.ToString("F0", CultureInfo.InvariantCulture);
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if (!shortest.Contains('E', StringComparison.Ordinal))
        {
            return shortest;
        }

        if (magnitude >= 1e-6 && magnitude < 1e21)
        {
            // .NET switches to exponent notation earlier than JavaScript does.
            return decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var parts = shortest.Split('E');
        var exponent = int.Parse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return parts[0] + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }
}
