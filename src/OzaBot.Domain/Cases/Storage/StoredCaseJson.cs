using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.Domain.Cases;

/// <summary>
/// One stored case as one JSON document <c>{"case": …, "meta": …}</c>: the shape every store keeps and
/// the shape the old key/value store wrote under <c>cases/{code}</c>, so migration is a copy.
/// </summary>
public static class StoredCaseJson
{
    public static string Serialize(StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new JsonObject
        {
            ["case"] = JsonSerializer.SerializeToNode(stored.Case, CaseJsonContext.Default.Case),
            ["meta"] = JsonSerializer.SerializeToNode(stored.Meta, CaseJsonContext.Default.CaseMeta),
        }.ToJsonString();
    }

    public static StoredCase Deserialize(string json, string? eTag)
    {
        using var document = JsonDocument.Parse(json);
        var @case = document.RootElement.GetProperty("case").Deserialize(CaseJsonContext.Default.Case)
            ?? throw new InvalidDataException("A stored case without its case.");
        var meta = document.RootElement.TryGetProperty("meta", out var m) ? m.Deserialize(CaseJsonContext.Default.CaseMeta) ?? new CaseMeta() : new CaseMeta();
        return new StoredCase(@case, meta, eTag);
    }
}
