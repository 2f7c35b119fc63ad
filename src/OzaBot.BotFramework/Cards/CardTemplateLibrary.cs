using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// The card templates of a folder (<c>&lt;name&gt;.json</c>; sample files <c>&lt;name&gt;.data.json</c> are
/// ignored), each parsed on first use and cached for the life of the library.
/// </summary>
public sealed class CardTemplateLibrary
{
    private const string SampleSuffix = ".data.json";
    private readonly string folder;
    private readonly ConcurrentDictionary<string, Lazy<CardTemplate>> cache = new(StringComparer.Ordinal);

    public CardTemplateLibrary(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("Card template folder not found: " + folder);
        }

        this.folder = folder;
    }

    /// <summary>The names of all templates in the folder, sorted.</summary>
    public IReadOnlyList<string> Names =>
        Directory.EnumerateFiles(folder, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(file => !file.EndsWith(SampleSuffix, StringComparison.Ordinal))
            .Select(file => file[..^".json".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <exception cref="ArgumentException">The name is not a plain template name (letters, digits, '-').</exception>
    public CardTemplate Get(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("Not a card template name: " + name, nameof(name));
        }

        return cache.GetOrAdd(name, key => new Lazy<CardTemplate>(() => Load(key))).Value;
    }

    /// <summary>Expands template <paramref name="name"/> with <paramref name="data"/> into a card.</summary>
    public JsonObject Expand(string name, JsonNode? data) => Get(name).ExpandCard(data);

    private CardTemplate Load(string name)
    {
        var path = Path.Combine(folder, name + ".json");
        try
        {
            return CardTemplate.Parse(File.ReadAllText(path));
        }
        catch (CardTemplateException ex)
        {
            throw new CardTemplateException($"Card template '{name}': {ex.Message}", ex);
        }
    }
}
