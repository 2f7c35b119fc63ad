using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.Domain.Content;

/// <summary>
/// One JSON content file. Every section is optional so the catalogue can be split over several files
/// and a region can override just the sections it changes; the loader merges parts (later wins). <see cref="English"/>
/// holds the English of every text by key, with the Dutch it translates (<see cref="ContentTranslation"/>).
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
    EvaluationContent? Evaluation = null,
    IReadOnlyDictionary<string, Translation>? English = null)
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
        other.Evaluation ?? Evaluation,
        MergeEnglish(English, other.English));

    /// <summary>English texts merge per key (a region translates what it changes); every other section is replaced whole.</summary>
    private static IReadOnlyDictionary<string, Translation>? MergeEnglish(IReadOnlyDictionary<string, Translation>? first, IReadOnlyDictionary<string, Translation>? later)
    {
        if (first is null || later is null)
        {
            return later ?? first;
        }

        var merged = new Dictionary<string, Translation>(first, StringComparer.Ordinal);
        foreach (var (key, text) in later)
        {
            merged[key] = text;
        }

        return merged;
    }
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
