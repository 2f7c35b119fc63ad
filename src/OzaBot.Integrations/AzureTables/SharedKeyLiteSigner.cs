using System.Security.Cryptography;
using System.Text;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Shared Key Lite for the Table service: <c>StringToSign = x-ms-date + "\n" + CanonicalizedResource</c>,
/// where the resource is <c>"/" + account + the encoded URI path</c> plus <c>?comp=…</c> when that
/// query parameter is present (no other parameters). Against a path-style endpoint (Azurite) the
/// account therefore appears twice: <c>/devstoreaccount1/devstoreaccount1/Tables</c>.
/// </summary>
internal static class SharedKeyLiteSigner
{
    public const string Scheme = "SharedKeyLite";

    public static string CanonicalizedResource(string accountName, Uri requestUri)
    {
        var resource = "/" + accountName + requestUri.AbsolutePath;
        foreach (var pair in requestUri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("comp=", StringComparison.Ordinal))
            {
                return resource + "?" + pair;
            }
        }

        return resource;
    }

    public static string StringToSign(string date, string accountName, Uri requestUri) =>
        date + "\n" + CanonicalizedResource(accountName, requestUri);

    public static string Signature(byte[] accountKey, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));
}
