using System.IO.Compression;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>Builds the app package once from the committed manifest/ with test ids, and unpacks it.</summary>
public sealed class BuiltPackageFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();

    public string ZipPath => folder.Combine("out/ozabot-ci.zip");

    public string Unpacked => folder.Combine("unpacked");

    public string BuildOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var (exit, output) = await ManifestTooling.BuildWithTestIdsAsync(ManifestTooling.ManifestDir, folder.Combine("out"), "ci");
        BuildOutput = output;
        Assert.True(exit == 0, "manifest build failed:\n" + output);
        ZipFile.ExtractToDirectory(ZipPath, Unpacked);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();
}
