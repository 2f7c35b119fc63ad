using OzaBot.Domain.Cases;

namespace OzaBot.Domain.Content;

/// <summary>Checks merged content for completeness and traceability; returns every problem, in Dutch.</summary>
internal static class ContentValidator
{
    private static readonly string[] RequiredOutcomeCriteria = ["uitval", "tevredenheid", "doelrealisatie"];

    public static IReadOnlyList<string> Validate(ContentFile c)
    {
        var errors = new List<string>();
        Require(errors, c.Documents, "documents");
        Require(errors, c.OzaSteps, "ozaSteps");
        Require(errors, c.ZioPhases, "zioPhases");
        Require(errors, c.ZioSteps, "zioSteps");
        Require(errors, c.ProcessRules, "processRules");
        if (c.Settings is null)
        {
            errors.Add("sectie 'settings' ontbreekt");
        }
        else if (c.Settings.StagnationDays <= 0 || c.Settings.EvaluationReminderDays < 0 || c.Settings.MeetingPreparationDays < 0)
        {
            errors.Add("settings: termijnen moeten positief zijn");
        }

        if (c.Vocabularies is null)
        {
            errors.Add("sectie 'vocabularies' ontbreekt");
        }

        ValidateFramework(errors, c.ConversationFramework);
        ValidateEvaluation(errors, c.Evaluation);
        ValidateSteps(errors, c.OzaSteps, StepIds.Oza, "ozaSteps");
        ValidateSteps(errors, c.ZioSteps, StepIds.Zio, "zioSteps");
        ValidatePhases(errors, c);
        foreach (var id in RuleIds.All.Where(id => c.ProcessRules is not null && c.ProcessRules.All(r => r.Id != id)))
        {
            errors.Add($"procesafspraak '{id}' ontbreekt");
        }

        ValidateSources(errors, c);
        ValidateUniqueIds(errors, c);
        return errors;
    }

    private static void Require<T>(List<string> errors, IReadOnlyList<T>? list, string name)
    {
        if (list is null || list.Count == 0)
        {
            errors.Add($"sectie '{name}' ontbreekt of is leeg");
        }
    }

    private static void ValidateSteps(List<string> errors, IReadOnlyList<ProcessStep>? steps, string[] requiredIds, string name)
    {
        if (steps is null)
        {
            return;
        }

        foreach (var id in requiredIds.Where(id => steps.All(s => s.Id != id)))
        {
            errors.Add($"{name}: stap '{id}' ontbreekt");
        }

        var numbers = steps.Select(s => s.Number).Order().ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, steps.Count)))
        {
            errors.Add($"{name}: stappen moeten doorlopend genummerd zijn vanaf 1");
        }

        foreach (var step in steps)
        {
            if (string.IsNullOrWhiteSpace(step.Name) || string.IsNullOrWhiteSpace(step.Goal) || string.IsNullOrWhiteSpace(step.Result))
            {
                errors.Add($"stap {step.Id}: naam, doel en resultaat zijn verplicht");
            }

            if (step.Checklist.Count == 0)
            {
                errors.Add($"stap {step.Id}: checklist is leeg");
            }

            foreach (var item in step.Checklist.Where(i => !i.Id.StartsWith(step.Id + ".", StringComparison.Ordinal)))
            {
                errors.Add($"checklist {item.Id}: id moet beginnen met '{step.Id}.'");
            }

            foreach (var item in step.Checklist.Where(i => string.IsNullOrWhiteSpace(i.Text)))
            {
                errors.Add($"checklist {item.Id}: tekst ontbreekt");
            }
        }
    }

    private static void ValidatePhases(List<string> errors, ContentFile c)
    {
        if (c.ZioGuide is not { Questions.Count: > 0 })
        {
            errors.Add("sectie 'zioGuide' ontbreekt of heeft geen vragen");
        }

        foreach (var step in (c.ZioSteps ?? []).Where(s => s.Phase is null || (c.ZioPhases ?? []).All(p => p.Number != s.Phase)))
        {
            errors.Add($"stap {step.Id}: onbekende of ontbrekende fase");
        }
    }

    private static void ValidateFramework(List<string> errors, ConversationFramework? f)
    {
        if (f is null)
        {
            errors.Add("sectie 'conversationFramework' ontbreekt");
            return;
        }

        if (f.Blocks.Count == 0 || f.MaxBlocksPerConversation < 1)
        {
            errors.Add("gesprekskader: blokken en maxBlocksPerConversation zijn verplicht");
        }

        foreach (var block in f.Blocks.Where(b => b.Questions.Count == 0))
        {
            errors.Add($"gesprekskader blok {block.Number}: geen vragen");
        }
    }

    private static void ValidateEvaluation(List<string> errors, EvaluationContent? e)
    {
        if (e is null)
        {
            errors.Add("sectie 'evaluation' ontbreekt");
            return;
        }

        foreach (var id in RequiredOutcomeCriteria.Where(id => e.OutcomeCriteria.All(o => o.Id != id)))
        {
            errors.Add($"evaluatie: outcome-criterium '{id}' ontbreekt");
        }

        foreach (var decision in Enum.GetNames<EvaluationDecision>().Where(d => e.Decisions.All(x => x.Id != d)))
        {
            errors.Add($"evaluatie: besluit '{decision}' ontbreekt");
        }

        if (e.Questions.Count == 0)
        {
            errors.Add("evaluatie: geen evaluatievragen");
        }
    }

    private static void ValidateSources(List<string> errors, ContentFile c)
    {
        var documents = (c.Documents ?? []).ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var (path, source) in ContentSources.All(c))
        {
            if (source is null)
            {
                errors.Add($"{path}: bron ontbreekt");
            }
            else if (!documents.TryGetValue(source.Document, out var doc))
            {
                errors.Add($"{path}: onbekend brondocument '{source.Document}'");
            }
            else if (!doc.Sections.Contains(source.Section, StringComparer.Ordinal))
            {
                errors.Add($"{path}: sectie '{source.Section}' bestaat niet in '{source.Document}'");
            }
        }
    }

    private static void ValidateUniqueIds(List<string> errors, ContentFile c)
    {
        var ids = (c.OzaSteps ?? []).Concat(c.ZioSteps ?? [])
            .SelectMany(s => s.Checklist.Select(i => i.Id).Prepend(s.Id))
            .Concat((c.ProcessRules ?? []).Select(r => "rule:" + r.Id));
        foreach (var duplicate in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"id '{duplicate.Key}' komt meer dan eens voor");
        }
    }
}
