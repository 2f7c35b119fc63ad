using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Connector;
using OzaBot.BotFramework.Schema;

namespace OzaBot.BotFramework.SignIn;

/// <summary>
/// The Bot Framework Token Service calls for one OAuth connection (botframework-protocol.md): the sign-in
/// resource for an OAuthCard, the SSO token exchange, a user's stored token and sign-out. Authenticated
/// with the bot's own Connector token. A missing token is null, never an exception.
/// </summary>
public sealed class UserTokenClient(HttpClient http, Uri tokenServiceUrl, string connectionName, IConnectorTokenProvider botTokens)
{
    public string ConnectionName => connectionName;

    public async Task<SignInResource> GetSignInResourceAsync(TokenExchangeState state, CancellationToken cancellationToken)
    {
        var encoded = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(state, BotJsonContext.Default.TokenExchangeState));
        using var response = await SendAsync(HttpMethod.Get, $"api/botsignin/GetSignInResource?state={Uri.EscapeDataString(encoded)}", null, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(BotJsonContext.Default.SignInResource, cancellationToken) ?? new SignInResource();
    }

    /// <summary>Exchanges Teams' SSO token; null when the Token Service cannot (consent missing, wrong audience).</summary>
    public async Task<TokenResponse?> ExchangeAsync(string userId, string channelId, string ssoToken, CancellationToken cancellationToken)
    {
        var body = JsonContent(new TokenExchangeRequest { Token = ssoToken }, BotJsonContext.Default.TokenExchangeRequest);
        using var response = await SendAsync(HttpMethod.Post, $"api/usertoken/exchange?{UserQuery(userId, channelId)}", body, cancellationToken);
        return await TokenOrNullAsync(response, cancellationToken);
    }

    /// <summary>The user's stored token (with the magic code after a fallback sign-in); null when there is none.</summary>
    public async Task<TokenResponse?> GetTokenAsync(string userId, string channelId, string? code, CancellationToken cancellationToken)
    {
        var query = UserQuery(userId, channelId) + (string.IsNullOrEmpty(code) ? string.Empty : "&code=" + Uri.EscapeDataString(code));
        using var response = await SendAsync(HttpMethod.Get, $"api/usertoken/GetToken?{query}", null, cancellationToken);
        return await TokenOrNullAsync(response, cancellationToken);
    }

    public async Task SignOutAsync(string userId, string channelId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"api/usertoken/SignOut?{UserQuery(userId, channelId)}", null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private string UserQuery(string userId, string channelId) =>
        $"userId={Uri.EscapeDataString(userId)}&connectionName={Uri.EscapeDataString(connectionName)}&channelId={Uri.EscapeDataString(channelId)}";

    private static async Task<TokenResponse?> TokenOrNullAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.TokenResponse, cancellationToken);
        return string.IsNullOrEmpty(token?.Token) ? null : token;
    }

    private static StringContent JsonContent<T>(T value, JsonTypeInfo<T> type) =>
        new(JsonSerializer.Serialize(value, type), Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relative, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(tokenServiceUrl, relative)) { Content = content };
        if (await botTokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
