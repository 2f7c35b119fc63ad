using System.Buffers.Text;
using System.Security.Cryptography;

namespace OzaBot.Integrations.Calendar.Local;

/// <summary>
/// The unguessable .ics links: 256 random bits (base64url) per meeting, under the host's public base
/// URL. Whoever has the link can read the invitation, which carries only the case code and roles.
/// </summary>
internal sealed class CalendarFileLinks(Uri publicBaseUrl)
{
    public const string PathPrefix = "calendar/";
    public const string Extension = ".ics";
    private const int TokenBytes = 32;

    private readonly Uri baseUrl = publicBaseUrl.AbsoluteUri.EndsWith('/') ? publicBaseUrl : new Uri(publicBaseUrl.AbsoluteUri + "/");

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public Uri For(string token) => new(baseUrl, PathPrefix + token + Extension);
}
