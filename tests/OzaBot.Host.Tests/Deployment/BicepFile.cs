using System.Text.RegularExpressions;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// Just enough reading of our own Bicep files for consistency tests: there is no Bicep compiler on
/// these machines. It relies on the plain layout the files keep (one declaration per line, object
/// literals closed by a line holding only "}" at the same indentation).
/// </summary>
internal sealed partial class BicepFile
{
    private BicepFile(string path)
    {
        Path = path;
        Text = File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    public string Path { get; }

    public string Text { get; }

    public static BicepFile Load(params string[] relative) => new(RepoPaths.Combine(["infra", .. relative]));

    /// <summary>Parameter name → whether it has a default value.</summary>
    public IReadOnlyDictionary<string, bool> Parameters =>
        ParamLine().Matches(Text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Success);

    public IReadOnlySet<string> Outputs => OutputLine().Matches(Text).Select(m => m.Groups["name"].Value).ToHashSet();

    /// <summary>The expression after "output NAME type =".</summary>
    public string OutputExpression(string name) =>
        OutputLine().Matches(Text).Single(m => m.Groups["name"].Value == name).Groups["value"].Value.Trim();

    /// <summary>Module symbol → relative path, as declared with "module x 'path' = {".</summary>
    public IReadOnlyDictionary<string, string> Modules =>
        ModuleLine().Matches(Text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["path"].Value);

    /// <summary>The body of a top-level block that starts with the given line prefix (e.g. "module web ").</summary>
    public string Block(string startsWith)
    {
        var start = Text.IndexOf("\n" + startsWith, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no block starting with '{startsWith}' in {Path}");
        var end = Text.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return Text[(start + 1)..(end + 2)];
    }

    /// <summary>Property names of the object literal that follows "key: {" inside a block.</summary>
    public static IReadOnlyList<string> ObjectKeys(string block, string key)
    {
        var open = Regex.Match(block, $@"^(?<indent>[ ]*){Regex.Escape(key)}:? (= )?\{{\n", RegexOptions.Multiline);
        Assert.True(open.Success, $"no object literal '{key}' in:\n{block}");
        var indent = open.Groups["indent"].Value;
        var close = block.IndexOf("\n" + indent + "}", open.Index + open.Length - 1, StringComparison.Ordinal);
        var body = block[(open.Index + open.Length)..close];
        return body.Split('\n')
            .Where(line => line.StartsWith(indent + "  ", StringComparison.Ordinal) && !line.StartsWith(indent + "   ", StringComparison.Ordinal))
            .Select(line => KeyLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["key"].Value)
            .ToList();
    }

    [GeneratedRegex(@"^param (?<name>\w+) [\w.]+(?<default> = .+)?$", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"^output (?<name>\w+) \w+ = (?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex OutputLine();

    [GeneratedRegex(@"^module (?<name>\w+) '(?<path>[^']+)' = ", RegexOptions.Multiline)]
    private static partial Regex ModuleLine();

    [GeneratedRegex(@"^\s*'?(?<key>[A-Za-z_][A-Za-z0-9_-]*)'?\s*:")]
    private static partial Regex KeyLine();
}
