namespace OzaBot.BotFramework.Cards.Templating;

// Operators evaluate their operands without null substitution and swallow operand errors,
// exactly as adaptive-expressions' Not, And, Or and ComparisonEvaluator do.

internal sealed class NotExpression(TemplateExpression operand) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute)
    {
        var value = operand.Evaluate(scope, substitute: false);
        return TemplateValue.Of(value.Kind == TemplateValueKind.Error || !value.IsLogicTrue);
    }
}

internal sealed class AndExpression(TemplateExpression left, TemplateExpression right) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute) =>
        TemplateValue.Of(left.Evaluate(scope, substitute: false).IsLogicTrue && right.Evaluate(scope, substitute: false).IsLogicTrue);
}

internal sealed class OrExpression(TemplateExpression left, TemplateExpression right) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute) =>
        TemplateValue.Of(left.Evaluate(scope, substitute: false).IsLogicTrue || right.Evaluate(scope, substitute: false).IsLogicTrue);
}

internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

internal sealed class ComparisonExpression(ComparisonOperator op, TemplateExpression left, TemplateExpression right) : TemplateExpression
{
    public override TemplateValue Evaluate(TemplateScope scope, bool substitute)
    {
        var a = left.Evaluate(scope, substitute: false);
        var b = right.Evaluate(scope, substitute: false);
        if (a.Kind == TemplateValueKind.Error || b.Kind == TemplateValueKind.Error)
        {
            return TemplateValue.False;
        }

        switch (op)
        {
            case ComparisonOperator.Equal:
                return TemplateValue.Of(TemplateValue.CommonEquals(a, b));
            case ComparisonOperator.NotEqual:
                return TemplateValue.Of(!TemplateValue.CommonEquals(a, b));
        }

        if (a.IsNullish || b.IsNullish)
        {
            return TemplateValue.False;
        }

        int order;
        if (a.Kind == TemplateValueKind.Number && b.Kind == TemplateValueKind.Number)
        {
            order = a.Number.CompareTo(b.Number);
        }
        else if (a.Kind == TemplateValueKind.String && b.Kind == TemplateValueKind.String)
        {
            order = string.CompareOrdinal(a.Text, b.Text);
        }
        else
        {
            // "must be comparable": adaptive-expressions reports an error, which makes a $when false.
            return TemplateValue.Error;
        }

        return TemplateValue.Of(op switch
        {
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        });
    }
}
