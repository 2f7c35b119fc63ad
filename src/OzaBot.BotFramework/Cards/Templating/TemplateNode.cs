using System.Text;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards.Templating;

/// <summary>
/// A prepared piece of a template. Expansion follows adaptivecards-templating 2.x (template-engine.ts,
/// internalExpand): arrays drop null items and flatten array items, objects drop their reserved keys,
/// repeat for an array <c>$data</c> and disappear when <c>$when</c> is not <c>true</c>.
/// </summary>
internal abstract class TemplateNode
{
    public abstract JsonNode? Expand(TemplateScope scope);
}

/// <summary>A JSON value without expressions, copied as is.</summary>
internal sealed class LiteralNode(JsonNode? value) : TemplateNode
{
    public override JsonNode? Expand(TemplateScope scope) => value?.DeepClone();
}

/// <summary>A string that is exactly one <c>${…}</c>: the result keeps the value's type (number, object, …).</summary>
internal sealed class SingleExpressionNode(TemplateExpression expression, string source) : TemplateNode
{
    public override JsonNode? Expand(TemplateScope scope)
    {
        var value = expression.Evaluate(scope, substitute: true);
        if (value.Kind == TemplateValueKind.Error)
        {
            throw new CardTemplateException($"'{source}' could not be evaluated.");
        }

        return value.ToOutput();
    }
}

/// <summary>Text with one or more expressions inside; the result is always a string.</summary>
internal sealed class InterpolatedStringNode(object[] parts, string source) : TemplateNode
{
    /// <param name="parts">literal <see cref="string"/>s and <see cref="TemplateExpression"/>s in order.</param>
    public override JsonNode? Expand(TemplateScope scope)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (part is string literal)
            {
                text.Append(literal);
                continue;
            }

            var value = ((TemplateExpression)part).Evaluate(scope, substitute: true);
            if (value.Kind == TemplateValueKind.Error)
            {
                // The official engine would print the expression's own text here; we fail loudly instead.
                throw new CardTemplateException($"An expression in '{source}' could not be evaluated.");
            }

            text.Append(value.ToJavaScriptString());
        }

        return JsonValue.Create(text.ToString());
    }
}

internal sealed class ArrayNode(TemplateNode[] items) : TemplateNode
{
    public override JsonNode? Expand(TemplateScope scope)
    {
        var result = new JsonArray();
        foreach (var item in items)
        {
            var expanded = ExpandRestoringScope(item, scope);
            if (expanded is JsonArray repeated)
            {
                var elements = repeated.ToArray();
                repeated.Clear();
                foreach (var element in elements)
                {
                    result.Add(element);
                }
            }
            else if (expanded is not null)
            {
                result.Add(expanded);
            }
        }

        return result;
    }

    internal static JsonNode? ExpandRestoringScope(TemplateNode node, TemplateScope scope)
    {
        var data = scope.BoundData;
        var index = scope.Index;
        try
        {
            return node.Expand(scope);
        }
        finally
        {
            scope.BoundData = data;
            scope.Index = index;
        }
    }
}

internal sealed class ObjectNode(
    KeyValuePair<string, TemplateNode>[] properties,
    TemplateExpression? data,
    TemplateExpression? when) : TemplateNode
{
    public override JsonNode? Expand(TemplateScope scope)
    {
        if (data is null && when is null)
        {
            // Most objects of a card: no binding, no condition, exactly one result.
            return ExpandProperties(scope);
        }

        List<TemplateValue> contexts = [TemplateValue.Undefined];
        var repeat = false;
        if (data is not null)
        {
            var bound = data.Evaluate(scope, substitute: true);
            if (bound.Kind == TemplateValueKind.Error)
            {
                throw new CardTemplateException("A $data expression could not be evaluated.");
            }

            if (bound.Node is JsonArray array)
            {
                contexts = array.Select(TemplateValue.FromNode).ToList();
                repeat = true;
            }
            else
            {
                contexts = [bound];
            }
        }

        var results = new List<JsonObject>();
        for (var i = 0; i < contexts.Count; i++)
        {
            if (repeat)
            {
                scope.Index = TemplateValue.Of(i);
            }

            if (contexts[i].Kind != TemplateValueKind.Undefined)
            {
                scope.BoundData = contexts[i];
            }

            if (when is null || when.Evaluate(scope, substitute: false) is { Kind: TemplateValueKind.Boolean, Boolean: true })
            {
                results.Add(ExpandProperties(scope));
            }
        }

        return results.Count switch
        {
            0 => null,
            1 => results[0],
            _ => new JsonArray([.. results]),
        };
    }

    private JsonObject ExpandProperties(TemplateScope scope)
    {
        // A property whose value expands to null stays (as null); only arrays drop null items.
        var expanded = new KeyValuePair<string, JsonNode?>[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            expanded[i] = new(properties[i].Key, ArrayNode.ExpandRestoringScope(properties[i].Value, scope));
        }

        // Built from the full list, the object is sized once instead of growing property by property.
        return new JsonObject(expanded);
    }
}
