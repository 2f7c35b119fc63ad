namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// Just enough of the ARM template expression language ("[if(equals(parameters('a'), 'b'), …)]") to read the
/// compiled templates: function calls, string literals ('' escapes a quote), numbers and property access.
/// Each node keeps its own source text, so a test can compare a value with what the compiler wrote.
/// </summary>
internal sealed class ArmExpression
{
    private ArmExpression(string text, string? function, string? literal, IReadOnlyList<ArmExpression> arguments)
    {
        Text = text;
        Function = function;
        Literal = literal;
        Arguments = arguments;
    }

    /// <summary>The source text of this node, e.g. <c>parameters('identityClientId')</c>.</summary>
    public string Text { get; }

    /// <summary>The function name when this node is a call (property access after it is part of <see cref="Text"/>).</summary>
    public string? Function { get; }

    /// <summary>The value when this node is a string literal.</summary>
    public string? Literal { get; }

    public IReadOnlyList<ArmExpression> Arguments { get; }

    /// <summary>Parses a template string that is an expression ("[…]").</summary>
    public static ArmExpression Parse(string templateString)
    {
        Assert.True(templateString.StartsWith('[') && templateString.EndsWith(']'), "not an ARM expression: " + templateString);
        var source = templateString[1..^1];
        var position = 0;
        var node = ParseNode(source, ref position);
        Assert.Equal(source.Length, position);
        return node;
    }

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<ArmExpression> DescendantsAndSelf() => Arguments.SelectMany(a => a.DescendantsAndSelf()).Prepend(this);

    /// <summary>The key/value pairs of a <c>createObject('k1', v1, 'k2', v2, …)</c> call.</summary>
    public IReadOnlyList<KeyValuePair<string, ArmExpression>> ObjectPairs()
    {
        Assert.Equal("createObject", Function);
        return Arguments.Chunk(2).Select(pair => KeyValuePair.Create(pair[0].Literal!, pair[1])).ToList();
    }

    private static ArmExpression ParseNode(string source, ref int position)
    {
        SkipSpaces(source, ref position);
        var start = position;
        ArmExpression node;
        if (source[position] == '\'')
        {
            var value = new System.Text.StringBuilder();
            for (position++; !(source[position] == '\'' && (position + 1 == source.Length || source[position + 1] != '\'')); position++)
            {
                position += source[position] == '\'' ? 1 : 0;
                value.Append(source[position]);
            }

            position++;
            node = new ArmExpression(source[start..position], null, value.ToString(), []);
        }
        else
        {
            while (position < source.Length && (char.IsLetterOrDigit(source[position]) || source[position] is '_' or '-'))
            {
                position++;
            }

            var name = source[start..position];
            var arguments = new List<ArmExpression>();
            if (position < source.Length && source[position] == '(')
            {
                position++;
                SkipSpaces(source, ref position);
                while (source[position] != ')')
                {
                    arguments.Add(ParseNode(source, ref position));
                    SkipSpaces(source, ref position);
                    position += source[position] == ',' ? 1 : 0;
                    SkipSpaces(source, ref position);
                }

                position++;
            }

            node = new ArmExpression(source[start..position], arguments.Count > 0 || source[position - 1] == ')' ? name : null, null, arguments);
        }

        // Property access and indexing after a call or literal: reference(…).defaultHostName, x[0].
        while (position < source.Length && source[position] is '.' or '[')
        {
            if (source[position] == '[')
            {
                position++;
                ParseNode(source, ref position);
            }

            position++;
            while (position < source.Length && (char.IsLetterOrDigit(source[position]) || source[position] == '_'))
            {
                position++;
            }
        }

        return position - start == node.Text.Length ? node : new ArmExpression(source[start..position], node.Function, node.Literal, node.Arguments);
    }

    private static void SkipSpaces(string source, ref int position)
    {
        while (position < source.Length && source[position] == ' ')
        {
            position++;
        }
    }
}
