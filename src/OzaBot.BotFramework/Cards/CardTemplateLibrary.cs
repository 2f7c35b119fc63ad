using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// The card templates of a folder (<c>&lt;name&gt;.json</c>; sample files <c>&lt;name&gt;.data.json</c> are
/// ignored), each parsed on first use and cached for the life of the library. The templates are Dutch; for an
/// <c>en</c> locale the same template is used with its texts in English (<see cref="CardTranslation"/>).
/// </summary>
public sealed class CardTemplateLibrary
{
    private const string SampleSuffix = ".data.json";
    private readonly string folder;
    private readonly ConcurrentDictionary<(string Name, bool English), Lazy<CardTemplate>> cache = new();
    private readonly CardTranslation english;

    public CardTemplateLibrary(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("Card template folder not found: " + folder);
        }

        this.folder = folder;
        english = CardTranslation.Load(Path.Combine(folder, "translations", "english.json"));
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
    public CardTemplate Get(string name, string? locale = null)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException("Not a card template name: " + name, nameof(name));
        }

        var key = (name, Builder.BotFrameworkTexts.IsEnglish(locale));
        return cache.GetOrAdd(key, k => new Lazy<CardTemplate>(() => Load(k.Name, k.English))).Value;
    }

    /// <summary>A Dutch card text in the locale's language, e.g. a field's label in an error message; unknown texts stay as they are.</summary>
    public string Text(string dutch, string? locale) => Builder.BotFrameworkTexts.IsEnglish(locale) ? english.Text(dutch) : dutch;

    /// <summary>Expands template <paramref name="name"/> with <paramref name="data"/> into a card, in the locale's language.</summary>
    public JsonObject Expand(string name, JsonNode? data, string? locale = null) => Get(name, locale).ExpandCard(data);

    private CardTemplate Load(string name, bool inEnglish)
    {
        var path = Path.Combine(folder, name + ".json");
        try
        {
            var template = JsonNode.Parse(File.ReadAllText(path)) ?? throw new CardTemplateException("The template is JSON null.");
            return CardTemplate.Parse(inEnglish ? english.Translate(template) : template);
        }
        catch (CardTemplateException ex)
        {
            throw new CardTemplateException($"Card template '{name}': {ex.Message}", ex);
        }
    }
}
