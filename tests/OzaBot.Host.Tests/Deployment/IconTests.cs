namespace OzaBot.Host.Tests.Deployment;

/// <summary>Teams' icon rules: color.png 192×192 full colour, outline.png 32×32 white on transparent.</summary>
public sealed class IconTests
{
    private static readonly PngImage Color = Load("color.png");
    private static readonly PngImage Outline = Load("outline.png");

    [Fact]
    public void The_colour_icon_is_192_by_192_and_fills_its_square()
    {
        Assert.Equal((192, 192), (Color.Width, Color.Height));
        Assert.Equal(255, Color.Pixel(0, 0).A);
        Assert.Equal(255, Color.Pixel(191, 191).A);
    }

    [Fact]
    public void The_colour_icon_background_is_the_manifest_accent_colour()
    {
        var (r, g, b, _) = Color.Pixel(0, 0);
        var accent = (string)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestTooling.ManifestDir, "manifest.json")))!["accentColor"]!;

        Assert.Equal(accent, $"#{r:X2}{g:X2}{b:X2}");
    }

    [Fact]
    public void The_outline_icon_is_32_by_32_white_on_transparent()
    {
        Assert.Equal((32, 32), (Outline.Width, Outline.Height));
        Assert.True(Outline.HasAlpha, "outline.png has no alpha channel");
        var visible = 0;
        for (var y = 0; y < 32; y++)
        {
            for (var x = 0; x < 32; x++)
            {
                var (r, g, b, a) = Outline.Pixel(x, y);
                if (a == 0)
                {
                    continue;
                }

                visible++;
                Assert.True(r >= 0xF0 && g >= 0xF0 && b >= 0xF0, $"pixel ({x},{y}) is visible but not white: {r},{g},{b}");
            }
        }

        Assert.Equal(0, Outline.Pixel(0, 0).A);
        Assert.InRange(visible, 100, 32 * 32 / 2); // a real shape, not an empty or filled square
    }

    [Fact]
    public void The_icon_sources_are_committed_next_to_the_icons()
    {
        Assert.True(File.Exists(Path.Combine(ManifestTooling.ManifestDir, "icons", "color.svg")));
        Assert.True(File.Exists(Path.Combine(ManifestTooling.ManifestDir, "icons", "outline.svg")));
    }

    [Fact]
    public async Task The_build_rejects_icons_of_the_wrong_size_or_not_white_on_transparent()
    {
        using var temp = new TempFolder();
        var manifestDir = temp.CopyOfManifest();
        // Swap the two icons: each is now the wrong size, and the "outline" is an opaque coloured square.
        File.Copy(Path.Combine(ManifestTooling.ManifestDir, "color.png"), Path.Combine(manifestDir, "outline.png"), overwrite: true);
        File.Copy(Path.Combine(ManifestTooling.ManifestDir, "outline.png"), Path.Combine(manifestDir, "color.png"), overwrite: true);

        var (exit, output) = await ManifestTooling.BuildWithTestIdsAsync(manifestDir, temp.Combine("out"), "icons");

        Assert.Equal(1, exit);
        Assert.Contains("color.png must be 192×192 pixels, is 32×32", output, StringComparison.Ordinal);
        Assert.Contains("outline.png must be 32×32 pixels, is 192×192", output, StringComparison.Ordinal);
        Assert.Contains("outline.png must have a transparent background", output, StringComparison.Ordinal);
        Assert.Contains("outline.png must be white only", output, StringComparison.Ordinal);
    }

    private static PngImage Load(string name) => PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestTooling.ManifestDir, name)));
}
