using System.Reflection;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// The dashboard as Teams opens it: Teams loads a tab's address with a plain GET (no token), so that request
/// gets this page, which holds no figures, only the scripts that fetch them with the user's SSO token: the
/// Microsoft Teams JavaScript client library (<c>@microsoft/teams-js</c>, shipped with the host under its MIT
/// licence, never from a CDN) and <c>tab.js</c>.
/// </summary>
internal static class DashboardTab
{
    public const string TeamsJsRoute = "/dashboard/teams.js";
    public const string TeamsJsLicenseRoute = "/dashboard/teams-js-license.txt";
    public const string ScriptRoute = "/dashboard/tab.js";

    public static string Shell(string? theme) => DashboardPage.Document(
        theme,
        $"""
        <script src="{TeamsJsRoute}" defer></script>
        <script src="{ScriptRoute}" defer></script>
        """,
        """
        <p id="status" role="status">Het dashboard wordt geladen…</p>
        <main id="dashboard">
        <h1>Procesdashboard</h1>
        </main>
        """);

    /// <summary>A file shipped inside the host (see the csproj): the library, its licence, the tab script.</summary>
    public static byte[] Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("OzaBot.Host.Dashboard.Assets." + name)
            ?? throw new InvalidOperationException($"The host was built without its dashboard asset {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
