using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards.Templating;

/// <summary>
/// A parsed <c>${…}</c> expression. <paramref name="substitute"/> mirrors the official engine's null
/// substitution: in values a missing path becomes the text <c>${path}</c>; in <c>$when</c> and inside
/// operators it stays undefined.
/// </summary>
internal abstract class TemplateExpression
{
    public abstract TemplateValue Evaluate(TemplateScope scope, bool substitute);
}

internal sealed class LiteralExpression(TemplateValue value) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute) => value;
}

/// <summary>A segment of a property path: a property name or a constant array index.</summary>
internal readonly record struct PathSegment(string? Name, int Index);

/// <summary><c>name.sub[0]</c>, <c>$data.x</c>, <c>$root.x</c>, <c>$index</c>; names match case-insensitively like adaptive-expressions.</summary>
internal sealed class PathExpression : TemplateExpression
{
    private readonly string root;
    private readonly PathSegment[] segments;
    private readonly string text;

    public PathExpression(string root, PathSegment[] segments, bool implicitData)
    {
        this.root = root;
        this.segments = segments;
        text = Describe(implicitData ? null : root, segments);
    }

    public override TemplateValue Evaluate(TemplateScope scope, bool substitute)
    {
        var current = root switch
        {
            "$root" => scope.Root,
            "$index" => scope.Index,
            _ => scope.Data,
        };

        foreach (var segment in segments)
        {
            current = segment.Name is null ? ElementAt(current, segment.Index) : Property(current, segment.Name);
            if (current.Kind == TemplateValueKind.Undefined)
            {
                break;
            }
        }

        return current.Kind == TemplateValueKind.Undefined && substitute ? TemplateValue.Of("${" + text + "}") : current;
    }

    private static TemplateValue ElementAt(TemplateValue value, int index) => value.Node switch
    {
        JsonArray array when index < array.Count => TemplateValue.FromNode(array[index]),
        JsonArray => TemplateValue.Undefined,
        _ when value.Kind == TemplateValueKind.String && index < value.Text.Length => TemplateValue.Of(value.Text[index].ToString()),
        _ => TemplateValue.Undefined,
    };

    private static TemplateValue Property(TemplateValue value, string name)
    {
        if (value.Node is not JsonObject obj)
        {
            return TemplateValue.Undefined;
        }

        // accessProperty takes the first key that matches ignoring case, in document order (by index: no enumerator).
        for (var i = 0; i < obj.Count; i++)
        {
            var property = obj.GetAt(i);
            if (string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return TemplateValue.FromNode(property.Value);
            }
        }

        return TemplateValue.Undefined;
    }

    private static string Describe(string? root, PathSegment[] segments)
    {
        var text = new StringBuilder(root);
        foreach (var segment in segments)
        {
            if (segment.Name is null)
            {
                text.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(segment.Name);
            }
        }

        return text.ToString();
    }
}
