using System.Text.Json;

namespace OzaBot.LoadGenerator.Measure;

/// <summary>Reads the host's store counters (<c>/debug/store-counters</c>, development mode only): state and case reads and writes since start.</summary>
internal static class StoreCounterProbe
{
    public static async Task<long[]?> ReadAsync(HttpClient http, Uri messagesUrl)
    {
        try
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(messagesUrl, "/debug/store-counters")));
            var root = document.RootElement;
            return [root.GetProperty("stateReads").GetInt64(), root.GetProperty("stateWrites").GetInt64(), root.GetProperty("caseReads").GetInt64(), root.GetProperty("caseWrites").GetInt64()];
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException)
        {
            return null; // A host without the counters: the columns stay empty.
        }
    }
}
