using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace OzaBot.BotFramework.Authentication;

/// <summary>
/// Signing keys from one OpenID metadata document, with each key's <c>endorsements</c> (the channels it
/// may sign for). The stock retriever drops that non-standard field, so the JWKS is read here directly.
/// Keys are refetched after <see cref="BotAuthenticationOptions.KeyRefreshInterval"/>, and an unknown
/// key id forces one refetch at most every <see cref="BotAuthenticationOptions.MinimumKeyRefreshInterval"/>.
/// </summary>
public sealed class SigningKeyCache(HttpClient http, Uri metadataUrl, BotAuthenticationOptions options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile KeySet? _keys;

    public sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string>? Endorsements);

    private sealed record KeySet(IReadOnlyDictionary<string, SigningKey> ByKeyId, DateTimeOffset FetchedAt);

    /// <summary>Finds a key by id; refetches once when the id is unknown (keys rotate at any time).</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = _keys;
        var now = time.GetUtcNow();
        if (keys is null || now - keys.FetchedAt > options.KeyRefreshInterval)
        {
            keys = await RefreshAsync(keys, force: true, cancellationToken);
        }

        if (keys.ByKeyId.TryGetValue(keyId, out var key))
        {
            return key;
        }

        if (now - keys.FetchedAt < options.MinimumKeyRefreshInterval)
        {
            return null;
        }

        keys = await RefreshAsync(keys, force: false, cancellationToken);
        return keys.ByKeyId.GetValueOrDefault(keyId);
    }

    private async Task<KeySet> RefreshAsync(KeySet? seen, bool force, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while we waited.
            if (_keys is { } current && !ReferenceEquals(current, seen) && (!force || time.GetUtcNow() - current.FetchedAt <= options.KeyRefreshInterval))
            {
                return current;
            }

            var fresh = await FetchAsync(cancellationToken);
            _keys = fresh;
            return fresh;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && _keys is not null)
        {
            // Keep serving the keys we have when the metadata endpoint is briefly unavailable.
            return _keys!;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<KeySet> FetchAsync(CancellationToken cancellationToken)
    {
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken);
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        if (string.IsNullOrEmpty(jwksUri))
        {
            throw new JsonException("OpenID metadata has no jwks_uri.");
        }

        using var jwks = await GetJsonAsync(new Uri(jwksUri), cancellationToken);
        var byKeyId = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var element in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            List<string>? endorsements = null;
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements = [.. list.EnumerateArray().Select(e => e.GetString()).OfType<string>()];
            }

            byKeyId[key.Kid] = new SigningKey(key, endorsements);
        }

        return new KeySet(byKeyId, time.GetUtcNow());
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    public void Dispose() => _refreshLock.Dispose();
}
