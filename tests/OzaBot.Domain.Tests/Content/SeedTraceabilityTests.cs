using OzaBot.Domain.Content;

namespace OzaBot.Domain.Tests.Content;

/// <summary>
/// Checks the declared sections against the seed documents themselves when they are present next to the
/// repository (../shared/seeds in the project workspace). The seeds are not part of the repository.
/// </summary>
public class SeedTraceabilityTests
{
    [Fact]
    public void Every_declared_section_heading_occurs_in_its_seed_document_when_the_seeds_are_available()
    {
        var seeds = FindSeedFolder();
        if (seeds is null)
        {
            return; // Not in the project workspace (e.g. a clean CI clone); the catalogue tests still apply.
        }

        var texts = Directory.GetFiles(seeds, "*.txt").Select(File.ReadAllText).ToList();
        foreach (var doc in ProcessCatalogue.Default.Documents)
        {
            foreach (var section in doc.Sections)
            {
                var key = KeyWords(section);
                Assert.True(texts.Any(t => key.All(k => t.Contains(k, StringComparison.OrdinalIgnoreCase))), $"{doc.Id}: '{section}' not found in any seed");
            }
        }
    }

    // The most telling word of each part of "3. Wat is een oza? – Niveaus van ondersteuning".
    private static string[] KeyWords(string section) =>
        [.. section.Split('–').Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).OrderByDescending(w => w.Length).First().Trim('?', '.', ':', '(', ')'))];

    private static string? FindSeedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
