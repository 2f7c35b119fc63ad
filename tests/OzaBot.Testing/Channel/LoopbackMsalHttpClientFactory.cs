using Microsoft.Identity.Client;

namespace OzaBot.Testing.Channel;

/// <summary>
/// Lets the real MSAL client talk to the stand-in: requests to the Entra authority host are re-routed
/// to the loopback stand-in, everything else MSAL builds (paths, form fields) stays as in production.
/// </summary>
public sealed class LoopbackMsalHttpClientFactory(string standInBaseUrl) : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = new(new RedirectHandler(new Uri(standInBaseUrl)));

    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();

    private sealed class RedirectHandler(Uri target) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
