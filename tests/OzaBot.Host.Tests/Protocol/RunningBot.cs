using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Identity.Client;
using OzaBot.BotFramework.Authentication;
using OzaBot.Testing.Channel;

namespace OzaBot.Host.Tests.Protocol;

/// <summary>The real host on a real Kestrel socket (127.0.0.1, free port), wired to a <see cref="ChannelStandIn"/>.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    public const string AppId = "test-app-id";
    public const string TenantId = "6f0c2b8e-1b7a-4c3e-9a51-0d6a3c9b7e21";

    private readonly WebApplication _app;
    private readonly LoopbackMsalHttpClientFactory? _msal;

    private RunningBot(WebApplication app, LoopbackMsalHttpClientFactory? msal, Uri messagesUrl)
    {
        _app = app;
        _msal = msal;
        MessagesUrl = messagesUrl;
    }

    public Uri MessagesUrl { get; }

    public HttpClient Http { get; } = new();

    /// <summary>Another path on the bot's own address.</summary>
    public Uri Url(string path) => new(MessagesUrl, path);

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningBot> StartDevelopmentAsync(params string[] extraArgs) =>
        await StartAsync(["--Bot:AllowUnauthenticated=true", .. extraArgs], configure: null, msal: null);

    /// <summary>A fresh SQLite file path for one test (several hosts may share it to simulate a restart).</summary>
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), "ozabot-host-tests", Guid.NewGuid().ToString("N") + ".db");

    public static async Task<RunningBot> StartAuthenticatedAsync(ChannelStandIn standIn, string appType = "SingleTenant", params string[] extraArgs)
    {
        var msal = new LoopbackMsalHttpClientFactory(standIn.BaseUrl);
        return await StartAsync(
            [$"--Bot:AppId={AppId}", "--Bot:AppPassword=test-secret", $"--Bot:TenantId={TenantId}", $"--Bot:AppType={appType}", .. extraArgs],
            builder =>
            {
                builder.Services.AddSingleton<IMsalHttpClientFactory>(msal);
                builder.Services.PostConfigure<BotAuthenticationOptions>(o =>
                {
                    o.ChannelOpenIdMetadataUrl = standIn.ChannelMetadataUrl;
                    o.EntraOpenIdMetadataUrl = standIn.EntraMetadataUrl;
                });
            },
            msal);
    }

    public static async Task<RunningBot> StartAsync(string[] args, Action<WebApplicationBuilder>? configure, LoopbackMsalHttpClientFactory? msal = null)
    {
        // Each host gets its own SQLite file unless the test names one, so parallel tests never share state.
        var database = args.Any(a => a.StartsWith("--Storage:", StringComparison.Ordinal)) ? [] : new[] { $"--Storage:SqlitePath={NewDatabasePath()}" };
        var app = OzaBotApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. database, .. args], configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, msal, new Uri(address + "/api/messages"));
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token = null) => PostRawAsync(activity.ToJsonString(), token);

    /// <summary>Posts a body as it is, with the given Content-Type (none when null).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token = null, string? contentType = "application/json; charset=utf-8")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _msal?.Dispose();
    }
}
