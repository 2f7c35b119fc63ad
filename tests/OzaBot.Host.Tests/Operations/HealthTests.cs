using System.Net;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Azurite;

namespace OzaBot.Host.Tests.Operations;

/// <summary><c>/healthz</c> (alive) and <c>/readyz</c> (store, content, calendar) on a real socket, and the same checks at start-up.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task A_working_host_is_alive_and_ready()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();

        var alive = await bot.Http.GetAsync(bot.Url("/healthz"));
        var ready = await bot.Http.GetAsync(bot.Url("/readyz"));

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (alive.StatusCode, await alive.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Readiness_fails_while_the_store_is_unreachable_and_liveness_does_not()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        await using var bot = await RunningBot.StartDevelopmentAsync(
            "--Storage:Provider=AzureTables", $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:TableName={AzuriteFixture.NewTableName()}");
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(bot.Url("/readyz"))).StatusCode);

        await azurite.DisposeAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync(bot.Url("/readyz"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(bot.Url("/healthz"))).StatusCode);
    }

    // /proc refuses new files and folders even to root (the tests run as root in CI, where file modes do not bind).
    [Theory]
    [InlineData("/proc/ozabot-tests/data/ozabot.db", "/proc/ozabot-tests/data")]
    [InlineData("/proc/ozabot-tests.db", "/proc")]
    public async Task Start_up_fails_with_a_clear_message_when_the_SQLite_file_or_its_folder_is_not_writable(string path, string folder)
    {
        await using var app = OzaBotApp.Build(["--urls", "http://127.0.0.1:0", "--Bot:AllowUnauthenticated=true", $"--Storage:SqlitePath={path}"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.StartsWith("OzaBot cannot start. store: The SQLite file " + path + " is not reachable and writable", error.Message, StringComparison.Ordinal);
        Assert.Contains($"make {folder} writable for it, or set Storage:SqlitePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_fails_when_a_region_file_is_broken()
    {
        var regionFile = Path.Combine(Path.GetTempPath(), $"ozabot-region-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(regionFile, """{ "settings": { "stagnationDays": "soon" } }""");
        await using var app = OzaBotApp.Build(["--urls", "http://127.0.0.1:0", "--Bot:AllowUnauthenticated=true", "--Storage:Provider=Memory", $"--Content:RegionFile={regionFile}"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.StartsWith("OzaBot cannot start. content: ", error.Message, StringComparison.Ordinal);
        File.Delete(regionFile);
    }
}
