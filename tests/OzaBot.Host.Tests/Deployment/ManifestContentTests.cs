using System.Text.Json.Nodes;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>What the committed manifest must say, beyond what the schema can check.</summary>
public sealed class ManifestContentTests
{
    private static readonly JsonNode Manifest = Load("manifest.json");
    private static readonly JsonNode English = Load("en-us.json");

    [Fact]
    public void Uses_a_recent_manifest_schema()
    {
        var version = Version.Parse((string)Manifest["manifestVersion"]!);

        Assert.True(version >= new Version(1, 19), $"manifestVersion {version} is older than 1.19");
        Assert.Contains($"/v{Manifest["manifestVersion"]}/MicrosoftTeams.schema.json", (string)Manifest["$schema"]!, StringComparison.Ordinal);
        Assert.Contains($"/v{Manifest["manifestVersion"]}/MicrosoftTeams.Localization.schema.json", (string)English["$schema"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bot_works_in_personal_chat_group_chat_and_teams_and_takes_no_files()
    {
        var bot = Manifest["bots"]![0]!;

        Assert.Equal(["personal", "groupChat", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.False((bool)bot["supportsFiles"]!);
    }

    [Fact]
    public void Offers_the_Dutch_commands_and_translates_each_to_English()
    {
        var commands = Manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal(["volgende stap", "nieuwe casus", "plan OZO", "toon plan", "help"], commands.Select(c => (string)c!["title"]!));
        for (var i = 0; i < commands.Count; i++)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)English[$"bots[0].commandLists[0].commands[{i}].title"]), $"command {i} has no English title");
            Assert.False(string.IsNullOrWhiteSpace((string?)English[$"bots[0].commandLists[0].commands[{i}].description"]), $"command {i} has no English description");
        }
    }

    [Fact]
    public void Dutch_is_the_default_language_and_English_ships_in_the_package()
    {
        var info = Manifest["localizationInfo"]!;

        Assert.Equal("nl-NL", (string)info["defaultLanguageTag"]!);
        var english = Assert.Single(info["additionalLanguages"]!.AsArray());
        Assert.Equal("en-US", (string)english!["languageTag"]!);
        Assert.Equal("en-us.json", (string)english["file"]!);
    }

    [Fact]
    public void The_descriptions_say_what_is_not_stored()
    {
        var dutch = (string)Manifest["description"]!["full"]!;
        var english = (string)English["description.full"]!;

        Assert.Contains("NIET bewaart: geen namen van leerlingen of ouders, geen BSN", dutch, StringComparison.Ordinal);
        Assert.Contains("casuscode", dutch, StringComparison.Ordinal);
        Assert.Contains("does NOT store: no names of pupils or parents, no BSN", english, StringComparison.Ordinal);
        Assert.Contains("case code", english, StringComparison.Ordinal);
    }

    private static JsonNode Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestTooling.ManifestDir, name)))!;
}
