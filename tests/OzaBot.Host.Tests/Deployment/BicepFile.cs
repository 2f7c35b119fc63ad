using System.Text.RegularExpressions;
using OzaBot.Testing.Tooling;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// Reads our own Bicep files as text for the checks of what we require in them (the compiler checks that
/// they are valid: BicepCompileTests). It relies on the plain layout the files keep (one declaration per line,
/// blocks closed by a line holding only "}").
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

    /// <summary>The body of a top-level block that starts with the given line prefix (e.g. "module web ").</summary>
    public string Block(string startsWith)
    {
        var start = Text.IndexOf("\n" + startsWith, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no block starting with '{startsWith}' in {Path}");
        var end = Text.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return Text[(start + 1)..(end + 2)];
    }

    [GeneratedRegex(@"^param (?<name>\w+) [\w.]+(?<default> = .+)?$", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"^output (?<name>\w+) \w+ = (?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex OutputLine();
}
