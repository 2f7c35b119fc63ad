using System.Text.Json.Nodes;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>
/// The packaged manifest and its localization file against Microsoft's official Teams schemas
/// (npm @microsoft/app-manifest), and proof that the same validator rejects broken files.
/// </summary>
public sealed class ManifestSchemaTests(BuiltPackageFixture package) : IClassFixture<BuiltPackageFixture>
{
    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en-us.json")]
    public async Task Packaged_file_validates_against_the_official_schema_with_zero_errors(string name)
    {
        var file = Path.Combine(package.Unpacked, name);

        var report = await ManifestTooling.ValidateAsync(file);

        Assert.Empty(report[file]);
    }

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "manifest.json", "bot id is not a GUID", "/bots/0/botId" },
        { "manifest.json", "unknown bot scope", "/bots/0/scopes/1" },
        { "manifest.json", "accent colour missing", "accentColor" },
        { "manifest.json", "short description over 80 characters", "/description/short" },
        { "manifest.json", "supportsFiles at the top level instead of on the bot", "additional properties" },
        { "en-us.json", "short description over 80 characters", "/description.short" },
        { "en-us.json", "a thirteenth command", "additional properties" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_fails_validation_naming_the_fault(string name, string fault, string expected)
    {
        using var temp = new TempFolder();
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(package.Unpacked, name)))!.AsObject();
        Break(json, fault);
        var file = temp.Combine(name);
        await File.WriteAllTextAsync(file, json.ToJsonString());

        var report = await ManifestTooling.ValidateAsync(file);

        Assert.NotEmpty(report[file]);
        Assert.Contains(report[file], error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_build_refuses_a_manifest_that_breaks_the_schema()
    {
        using var temp = new TempFolder();
        var manifestDir = temp.CopyOfManifest();
        var manifestFile = Path.Combine(manifestDir, "manifest.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(manifestFile))!.AsObject();
        Break(json, "unknown bot scope");
        await File.WriteAllTextAsync(manifestFile, json.ToJsonString());

        var (exit, output) = await ManifestTooling.BuildWithTestIdsAsync(manifestDir, temp.Combine("out"), "broken");

        Assert.Equal(1, exit);
        Assert.Contains("manifest.json: /bots/0/scopes/1", output, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out/ozabot-broken.zip")));
    }

    [Fact]
    public async Task The_build_refuses_a_localization_file_that_breaks_the_schema()
    {
        using var temp = new TempFolder();
        var manifestDir = temp.CopyOfManifest();
        var file = Path.Combine(manifestDir, "en-us.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
        Break(json, "short description over 80 characters");
        await File.WriteAllTextAsync(file, json.ToJsonString());

        var (exit, output) = await ManifestTooling.BuildWithTestIdsAsync(manifestDir, temp.Combine("out"), "broken");

        Assert.Equal(1, exit);
        Assert.Contains("en-us.json: /description.short", output, StringComparison.Ordinal);
    }

    private static void Break(JsonObject json, string fault)
    {
        switch (fault)
        {
            case "bot id is not a GUID":
                json["bots"]![0]!["botId"] = "not-a-guid";
                break;
            case "unknown bot scope":
                json["bots"]![0]!["scopes"] = new JsonArray("personal", "everyone");
                break;
            case "accent colour missing":
                json.Remove("accentColor");
                break;
            case "short description over 80 characters" when json.ContainsKey("description"):
                json["description"]!["short"] = new string('x', 81);
                break;
            case "short description over 80 characters":
                json["description.short"] = new string('x', 81);
                break;
            case "supportsFiles at the top level instead of on the bot":
                json["supportsFiles"] = false;
                break;
            case "a thirteenth command":
                json["bots[0].commandLists[0].commands[12].title"] = "te veel";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "unknown fault");
        }
    }
}
