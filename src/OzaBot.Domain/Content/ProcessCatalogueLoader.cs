using System.Reflection;
using System.Text.Json;

namespace OzaBot.Domain.Content;

/// <summary>
/// Builds a <see cref="ProcessCatalogue"/> from JSON parts: the embedded content, optionally overlaid by a
/// region's own parts (whole sections are replaced). The caller does any file I/O and passes text or streams.
/// Invalid content throws <see cref="ProcessContentException"/> listing every problem.
/// </summary>
public static class ProcessCatalogueLoader
{
    private const string ResourcePrefix = "OzaBot.Domain.Content.";

    private static readonly Lazy<ProcessCatalogue> LazyEmbedded = new(() => Load(Array.Empty<string>()));

    internal static ProcessCatalogue Embedded => LazyEmbedded.Value;

    /// <summary>The embedded content overlaid by the given region parts (JSON text, in order).</summary>
    public static ProcessCatalogue Load(IEnumerable<string> regionParts)
    {
        ArgumentNullException.ThrowIfNull(regionParts);
        var errors = new List<string>();
        var merged = EmbeddedParts().Concat(regionParts.Select((json, i) => ($"regiobestand {i + 1}", json)))
            .Select(p => Parse(p.Item1, p.Item2, errors))
            .Aggregate(new ContentFile(), (acc, part) => part is null ? acc : acc.Overlay(part));

        errors.AddRange(ContentValidator.Validate(merged));
        if (errors.Count == 0)
        {
            errors.AddRange(ContentTranslation.Problems(merged));
        }

        return errors.Count > 0
            ? throw new ProcessContentException(errors)
            : new ProcessCatalogue(merged, ContentTranslation.Translate(merged).English);
    }

    /// <summary>The embedded content overlaid by region parts read from streams (UTF-8 JSON).</summary>
    public static ProcessCatalogue Load(IEnumerable<Stream> regionParts)
    {
        ArgumentNullException.ThrowIfNull(regionParts);
        return Load(regionParts.Select(ReadAll).ToList());
    }

    internal static IEnumerable<(string Name, string Json)> EmbeddedParts()
    {
        var assembly = typeof(ProcessCatalogueLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], ReadAll(OpenResource(assembly, n))))
            .ToList();
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("Resource ontbreekt: " + name);

    private static string ReadAll(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ContentFile? Parse(string name, string json, List<string> errors)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ContentJsonContext.Default.ContentFile)
                ?? Fail(errors, $"{name}: leeg bestand");
        }
        catch (JsonException ex)
        {
            return Fail(errors, $"{name}: ongeldige JSON ({ex.Path}): {ex.Message}");
        }
    }

    private static ContentFile? Fail(List<string> errors, string error)
    {
        errors.Add(error);
        return null;
    }
}
