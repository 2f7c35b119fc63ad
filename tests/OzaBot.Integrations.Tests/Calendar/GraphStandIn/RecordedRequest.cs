using System.Text.Json;

namespace OzaBot.Integrations.Tests.Calendar.GraphStandIn;

internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, JsonElement? Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
