using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Content;

/// <summary>
/// The validated process knowledge: OZA five steps, ZiO phases and steps, procesafspraken, vocabularies,
/// gesprekskader and evaluation content. Built once at start-up by <see cref="ProcessCatalogueLoader"/>.
/// </summary>
public sealed class ProcessCatalogue
{
    private readonly Dictionary<string, ProcessStep> stepsById;
    private readonly Dictionary<string, (ProcessStep Step, ChecklistItem Item)> itemsById;
    private ProcessCatalogue dutch;
    private readonly ProcessCatalogue english;

    /// <summary>The Dutch catalogue and, beside it, the same content in English (same ids, sources and rules).</summary>
    internal ProcessCatalogue(ContentFile dutchContent, ContentFile englishContent)
        : this(dutchContent)
    {
        english = new ProcessCatalogue(englishContent) { dutch = this, Language = Language.English };
    }

    private ProcessCatalogue(ContentFile content)
    {
        dutch = english = this;
        Documents = content.Documents!;
        OzaSteps = [.. content.OzaSteps!.OrderBy(s => s.Number)];
        ZioPhases = [.. content.ZioPhases!.OrderBy(p => p.Number)];
        ZioSteps = [.. content.ZioSteps!.OrderBy(s => s.Number)];
        ZioGuide = content.ZioGuide!;
        Settings = content.Settings!;
        ProcessRules = content.ProcessRules!;
        Vocabularies = content.Vocabularies!;
        ConversationFramework = content.ConversationFramework!;
        Evaluation = content.Evaluation!;
        stepsById = OzaSteps.Concat(ZioSteps).ToDictionary(s => s.Id, StringComparer.Ordinal);
        itemsById = OzaSteps.Concat(ZioSteps)
            .SelectMany(s => s.Checklist.Select(i => (s, i)))
            .ToDictionary(p => p.i.Id, p => (p.s, p.i), StringComparer.Ordinal);
    }

    /// <summary>The catalogue built from the content embedded in this assembly (loaded once).</summary>
    public static ProcessCatalogue Default => ProcessCatalogueLoader.Embedded;

    /// <summary>The language of this catalogue's texts.</summary>
    public Language Language { get; private init; } = Language.Dutch;

    /// <summary>The same content in the conversation's language: texts differ, ids and rules are the same.</summary>
    public ProcessCatalogue In(Language language) => language == Language.English ? english : dutch;

    public IReadOnlyList<SourceDocument> Documents { get; }

    public IReadOnlyList<ProcessStep> OzaSteps { get; }

    public IReadOnlyList<ZioPhase> ZioPhases { get; }

    public IReadOnlyList<ProcessStep> ZioSteps { get; }

    public ZioGuide ZioGuide { get; }

    public ProcessSettings Settings { get; }

    public IReadOnlyList<ProcessRule> ProcessRules { get; }

    public Vocabularies Vocabularies { get; }

    public ConversationFramework ConversationFramework { get; }

    public EvaluationContent Evaluation { get; }

    public IReadOnlyList<ProcessStep> StepsFor(Track track) => track.IsOza() ? OzaSteps : ZioSteps;

    public ProcessStep FirstStep(Track track) => StepsFor(track)[0];

    public ProcessStep Step(string stepId) =>
        stepsById.TryGetValue(stepId, out var step) ? step : throw new KeyNotFoundException("Onbekende stap: " + stepId);

    public bool TryGetStep(string stepId, out ProcessStep step) => stepsById.TryGetValue(stepId, out step!);

    /// <summary>The step after <paramref name="stepId"/> in the track, or null at the last step.</summary>
    public ProcessStep? NextStep(Track track, string stepId)
    {
        var steps = StepsFor(track);
        var index = steps.ToList().FindIndex(s => s.Id == stepId);
        return index >= 0 && index + 1 < steps.Count ? steps[index + 1] : null;
    }

    public bool TryGetChecklistItem(string itemId, out ProcessStep step, out ChecklistItem item)
    {
        if (itemsById.TryGetValue(itemId, out var found))
        {
            (step, item) = found;
            return true;
        }

        (step, item) = (null!, null!);
        return false;
    }

    public ZioPhase? PhaseOf(ProcessStep step) => step.Phase is { } number ? ZioPhases.FirstOrDefault(p => p.Number == number) : null;

    public ProcessRule Rule(string ruleId) =>
        ProcessRules.FirstOrDefault(r => r.Id == ruleId) ?? throw new KeyNotFoundException("Onbekende procesafspraak: " + ruleId);

    /// <summary>
    /// "Titel van het document – sectie" for showing a source to a user. The sources are Dutch documents, so in
    /// English their Dutch title is quoted as a title.
    /// </summary>
    public string Describe(SourceRef source)
    {
        var title = Documents.FirstOrDefault(d => d.Id == source.Document)?.Title ?? source.Document;
        var cited = title + " – " + source.Section;
        return Language == Language.English ? $"“{cited}”" : cited;
    }
}
