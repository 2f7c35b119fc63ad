using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Builds the GraphServiceClient on the SDK's own handler pipeline (RetryHandler honouring Retry-After,
/// redirect, compression, telemetry) plus our Prefer headers. Only the base URL and, in tests, the final
/// handler differ from production.
/// </summary>
internal static class GraphClients
{
    public const string Scope = "https://graph.microsoft.com/.default";

    /// <summary>App-only: tokens from an Azure.Identity credential (client secret or managed identity).</summary>
    public static GraphServiceClient Create(TokenCredential credential, string baseUrl, string windowsZone, HttpMessageHandler? finalHandler = null) =>
        new(Http(windowsZone, finalHandler), new AzureIdentityAuthenticationProvider(credential, AllowedHosts(baseUrl), observabilityOptions: null, isCaeEnabled: false, scopes: [Scope]), baseUrl);

    /// <summary>Delegated: one client per turn on a shared pipeline, with the user's token.</summary>
    public static GraphServiceClient Create(IAccessTokenProvider tokens, string baseUrl, HttpClient http) =>
        new(http, new BaseBearerTokenAuthenticationProvider(tokens), baseUrl);

    public static HttpClient Http(string windowsZone, HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new PreferHeadersHandler(windowsZone));
        return GraphClientFactory.Create(handlers, finalHandler: finalHandler);
    }

    /// <summary>The token is attached only for these hosts; a test stand-in on 127.0.0.1 must be listed explicitly.</summary>
    public static string[] AllowedHosts(string baseUrl) => ["graph.microsoft.com", new Uri(baseUrl).Host];
}
