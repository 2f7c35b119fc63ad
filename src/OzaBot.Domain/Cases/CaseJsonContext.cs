using System.Text.Json.Serialization;

namespace OzaBot.Domain.Cases;

/// <summary>Source-generated JSON for storing a case as one document (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Case))]
[JsonSerializable(typeof(CaseMeta))]
[JsonSerializable(typeof(CaseAggregate))]
[JsonSerializable(typeof(CaseDeletion))]
public sealed partial class CaseJsonContext : JsonSerializerContext;
