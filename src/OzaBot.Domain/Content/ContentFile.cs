using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.Domain.Content;

/// <summary>
/// One JSON content file. Every section is optional so the catalogue can be split over several files
/// and a region can override just the sections it changes; the loader merges parts (later wins).
/// </summary>
internal sealed record ContentFile(
    IReadOnlyList<SourceDocument>? Documents = null,
    IReadOnlyList<ProcessStep>? OzaSteps = null,
    IReadOnlyList<ZioPhase>? ZioPhases = null,
    IReadOnlyList<ProcessStep>? ZioSteps = null,
    ZioGuide? ZioGuide = null,
    ProcessSettings? Settings = null,
    IReadOnlyList<ProcessRule>? ProcessRules = null,
    Vocabularies? Vocabularies = null,
    ConversationFramework? ConversationFramework = null,
    EvaluationContent? Evaluation = null)
{
    public ContentFile Overlay(ContentFile other) => new(
        other.Documents ?? Documents,
        other.OzaSteps ?? OzaSteps,
        other.ZioPhases ?? ZioPhases,
        other.ZioSteps ?? ZioSteps,
        other.ZioGuide ?? ZioGuide,
        other.Settings ?? Settings,
        other.ProcessRules ?? ProcessRules,
        other.Vocabularies ?? Vocabularies,
        other.ConversationFramework ?? ConversationFramework,
        other.Evaluation ?? Evaluation);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ContentFile))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
