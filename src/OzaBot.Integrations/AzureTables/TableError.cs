using System.Text.Json;
using System.Xml.Linq;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Reads the error code and message from an error body. Table operations answer in JSON
/// (<c>{"odata.error":{"code":…,"message":{"value":…}}}</c>); authentication and version errors come
/// as XML (<c>&lt;Error&gt;&lt;Code&gt;…</c>), at least from Azurite. Callers key on the HTTP status first.
/// </summary>
internal static class TableError
{
    public static (string? Code, string? Message) Parse(string body)
    {
        var text = body.Trim();
        try
        {
            if (text.StartsWith('{'))
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("odata.error", out var error))
                {
                    var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = error.TryGetProperty("message", out var m)
                        ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
                        : null;
                    return (NullIfEmpty(code), NullIfEmpty(message));
                }
            }
            else if (text.StartsWith('<'))
            {
                var root = XDocument.Parse(text).Root;
                return (NullIfEmpty(root?.Element("Code")?.Value), NullIfEmpty(root?.Element("Message")?.Value));
            }
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException)
        {
            // A malformed error body must not hide the status code; fall through to "no details".
        }

        return (null, null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
