using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards.Templating;

/// <summary><c>exists(x)</c>: x is neither null nor missing.</summary>
internal sealed class ExistsExpression(TemplateExpression argument) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute)
    {
        var value = argument.Evaluate(scope, substitute: false);
        return TemplateValue.Of(value.Kind != TemplateValueKind.Error && !value.IsNullish);
    }
}

/// <summary><c>empty(x)</c>: null, missing, "", [] or {}; numbers and booleans are not containers (false).</summary>
internal sealed class EmptyExpression(TemplateExpression argument) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute)
    {
        var value = argument.Evaluate(scope, substitute: false);
        return TemplateValue.Of(value.Kind switch
        {
            TemplateValueKind.Null or TemplateValueKind.Undefined => true,
            TemplateValueKind.String => value.Text.Length == 0,
            TemplateValueKind.Array => ((JsonArray)value.Node!).Count == 0,
            TemplateValueKind.Object => ((JsonObject)value.Node!).Count == 0,
            _ => false,
        });
    }
}

/// <summary>
/// <c>count(x)</c>: length of a string (UTF-16 units, like JavaScript), array or object. Unlike the
/// operators it keeps null substitution, so in a value a missing x counts the text "${x}" — as the official engine does.
/// </summary>
internal sealed class CountExpression(TemplateExpression argument) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute)
    {
        var value = argument.Evaluate(scope, substitute);
        return value.Kind switch
        {
            TemplateValueKind.String => TemplateValue.Of(value.Text.Length),
            TemplateValueKind.Array => TemplateValue.Of(((JsonArray)value.Node!).Count),
            TemplateValueKind.Object => TemplateValue.Of(((JsonObject)value.Node!).Count),
            _ => TemplateValue.Error,
        };
    }
}
