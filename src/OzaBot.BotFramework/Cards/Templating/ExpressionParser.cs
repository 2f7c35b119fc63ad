using System.Globalization;

namespace OzaBot.BotFramework.Cards.Templating;

/// <summary>
/// Parses the expression subset of adaptive-expressions that the templates use (cards/README.md):
/// paths, string/number/boolean/null literals, <c>! &amp;&amp; || == != &lt; &lt;= &gt; &gt;=</c>, parentheses and
/// <c>exists() empty() count()</c>. Anything else is rejected when the template is loaded, so a
/// template can never silently mean something different here than in the official engine.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string source;
    private int position;

    private ExpressionParser(string source)
    {
        this.source = source;
    }

    public static TemplateExpression Parse(string source)
    {
        var parser = new ExpressionParser(source);
        var expression = parser.ParseOr();
        parser.SkipWhitespace();
        if (parser.position < source.Length)
        {
            throw parser.Error("unexpected '" + source[parser.position] + "'");
        }

        return expression;
    }

    private TemplateExpression ParseOr()
    {
        var left = ParseAnd();
        while (TryConsume("||"))
        {
            left = new OrExpression(left, ParseAnd());
        }

        return left;
    }

    private TemplateExpression ParseAnd()
    {
        var left = ParseComparison();
        while (TryConsume("&&"))
        {
            left = new AndExpression(left, ParseComparison());
        }

        return left;
    }

    // adaptive-expressions ranks == above < (unlike C); one comparison per operand level keeps the two
    // grammars from ever disagreeing — chain comparisons with parentheses.
    private TemplateExpression ParseComparison()
    {
        var left = ParseUnary();
        ComparisonOperator? op =
            TryConsume("==") ? ComparisonOperator.Equal
            : TryConsume("!=") ? ComparisonOperator.NotEqual
            : TryConsume("<=") ? ComparisonOperator.LessOrEqual
            : TryConsume(">=") ? ComparisonOperator.GreaterOrEqual
            : TryConsume("<") ? ComparisonOperator.Less
            : TryConsume(">") ? ComparisonOperator.Greater
            : null;
        if (op is null)
        {
            return left;
        }

        var comparison = new ComparisonExpression(op.Value, left, ParseUnary());
        SkipWhitespace();
        if (position < source.Length && "=!<>".Contains(source[position], StringComparison.Ordinal))
        {
            throw Error("chained comparison; add parentheses");
        }

        return comparison;
    }

    private TemplateExpression ParseUnary() =>
        TryConsume("!") ? new NotExpression(ParseUnary()) : ParsePrimary();

    private TemplateExpression ParsePrimary()
    {
        SkipWhitespace();
        if (position >= source.Length)
        {
            throw Error("unexpected end");
        }

        var c = source[position];
        if (c == '(')
        {
            position++;
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        if (c is '\'' or '"')
        {
            return new LiteralExpression(TemplateValue.Of(ReadString(c)));
        }

        if (char.IsAsciiDigit(c))
        {
            return new LiteralExpression(TemplateValue.Of(ReadNumber()));
        }

        var name = ReadIdentifier();
        switch (name)
        {
            case "true":
                return new LiteralExpression(TemplateValue.True);
            case "false":
                return new LiteralExpression(TemplateValue.False);
            case "null":
                return new LiteralExpression(TemplateValue.Null);
        }

        SkipWhitespace();
        if (position < source.Length && source[position] == '(')
        {
            return ParseFunction(name);
        }

        return ParsePath(name);
    }

    private TemplateExpression ParseFunction(string name)
    {
        Func<TemplateExpression, TemplateExpression> create = name switch
        {
            "exists" => argument => new ExistsExpression(argument),
            "empty" => argument => new EmptyExpression(argument),
            "count" => argument => new CountExpression(argument),
            _ => throw Error("function '" + name + "' is not in the supported subset"),
        };
        Expect("(");
        var argument = ParseOr();
        Expect(")");
        return create(argument);
    }

    private PathExpression ParsePath(string first)
    {
        if (first.StartsWith('$') && first is not ("$data" or "$root" or "$index"))
        {
            throw Error("'" + first + "' is not supported; use $data, $root or $index");
        }

        var segments = new List<PathSegment>();
        while (true)
        {
            if (TryConsume("."))
            {
                segments.Add(new PathSegment(ReadIdentifier(), 0));
            }
            else if (TryConsume("["))
            {
                SkipWhitespace();
                var index = ReadNumber();
                if (index != Math.Floor(index) || index < 0)
                {
                    throw Error("array index must be a non-negative integer");
                }

                Expect("]");
                segments.Add(new PathSegment(null, (int)index));
            }
            else
            {
                break;
            }
        }

        // adaptive-expressions evaluates a path that ends in [i] as an element access with other rules for
        // missing values (no substitution, an error out of range); keep the subset to paths it resolves as one.
        if (segments is [.., { Name: null }])
        {
            throw Error("a path may not end with an index; bind the item with $data or read a property of it");
        }

        var implicitData = !first.StartsWith('$');
        if (implicitData)
        {
            segments.Insert(0, new PathSegment(first, 0));
        }

        return new PathExpression(implicitData ? "$data" : first, [.. segments], implicitData);
    }

    private string ReadIdentifier()
    {
        SkipWhitespace();
        var start = position;
        if (position < source.Length && source[position] == '$')
        {
            position++;
        }

        while (position < source.Length && (char.IsAsciiLetterOrDigit(source[position]) || source[position] == '_'))
        {
            position++;
        }

        if (position == start || char.IsAsciiDigit(source[start]))
        {
            throw Error("expected a name");
        }

        return source[start..position];
    }

    private double ReadNumber()
    {
        var start = position;
        while (position < source.Length && (char.IsAsciiDigit(source[position]) || source[position] == '.'))
        {
            position++;
        }

        if (!double.TryParse(source.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            throw Error("invalid number");
        }

        return number;
    }

    private string ReadString(char quote)
    {
        var end = source.IndexOf(quote, position + 1);
        if (end < 0)
        {
            throw Error("unterminated string");
        }

        var text = source[(position + 1)..end];
        position = end + 1;
        return text;
    }

    private bool TryConsume(string token)
    {
        SkipWhitespace();
        if (string.CompareOrdinal(source, position, token, 0, token.Length) != 0)
        {
            return false;
        }

        // "!" must not swallow the start of "!=", nor "<"/">" the start of "<="/">=".
        var next = position + token.Length;
        if (token is "!" or "<" or ">" && next < source.Length && source[next] == '=')
        {
            return false;
        }

        position = next;
        return true;
    }

    private void Expect(string token)
    {
        if (!TryConsume(token))
        {
            throw Error("expected '" + token + "'");
        }
    }

    private void SkipWhitespace()
    {
        while (position < source.Length && char.IsWhiteSpace(source[position]))
        {
            position++;
        }
    }

    private CardTemplateException Error(string problem) =>
        new($"Template expression '${{{source}}}' at {position}: {problem}.");
}
