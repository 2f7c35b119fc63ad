using System.Globalization;

namespace OzaBot.Host.Tests.Deployment;

/// <summary>A folder under the system temp path, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ozabot-deploy-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies the committed manifest/ files (not build/) so a test can break one of them.</summary>
    public string CopyOfManifest()
    {
        var target = Combine("manifest");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(ManifestTooling.ManifestDir))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
