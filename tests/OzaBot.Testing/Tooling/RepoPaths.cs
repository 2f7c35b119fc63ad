namespace OzaBot.Testing.Tooling;

/// <summary>Finds the repository root (the folder holding OzaBot.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OzaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OzaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
