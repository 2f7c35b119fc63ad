using System.Net;
using System.Text.RegularExpressions;
using OzaBot.Host.Tests.Protocol;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>"exporteer casus" on the real host: both links serve the export over HTTP until the case is deleted.</summary>
public sealed partial class ExportEndToEndTests : IAsyncLifetime
{
    private ChannelStandIn _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelStandIn.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task The_owner_downloads_the_export_as_html_and_json_and_the_links_die_with_the_case()
    {
        await using var bot = await RunningBot.StartDevelopmentAsync();
        var chat = new ChatClient(bot, _channel, "a:export");
        var code = await Journeys.CreateCaseAsync(chat);

        var reply = ChatClient.Transcript(await chat.SayAsync("exporteer casus"));
        var path = ExportLink().Match(reply).Value;
        Assert.NotEmpty(path);
        var html = await bot.Http.GetAsync(bot.Url(path + ".html"));
        var json = await bot.Http.GetAsync(bot.Url(path + ".json"));

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"Inzage casus {code}", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", html.Headers.CacheControl!.ToString());
        Assert.Contains(code, await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await chat.SayAsync("verwijder casus");
        await chat.SayAsync("ja");
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(bot.Url(path + ".html"))).StatusCode);
    }

    [GeneratedRegex(@"/export/[A-Za-z0-9_-]+(?=\.html)")]
    private static partial Regex ExportLink();
}
