using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Builds the GraphServiceClient on the SDK's own handler pipeline (RetryHandler honouring Retry-After,
/// redirect, compression, telemetry) plus our Prefer headers. Only the base URL and, in tests, the final
/// handler differ from production.
/// </summary>
internal static class GraphClients
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";
    public const string Scope = "https://graph.microsoft.com/.default";

    public static GraphServiceClient Create(TokenCredential credential, string baseUrl, HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new PreferHeadersHandler());
        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        // The token is attached only for these hosts; a test stand-in on 127.0.0.1 must be listed explicitly.
        string[] allowedHosts = ["graph.microsoft.com", new Uri(baseUrl).Host];
        var auth = new AzureIdentityAuthenticationProvider(credential, allowedHosts, observabilityOptions: null, isCaeEnabled: false, scopes: [Scope]);
        return new GraphServiceClient(http, auth, baseUrl);
    }
}
