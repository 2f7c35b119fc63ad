namespace OzaBot.Domain.Content;

/// <summary>Enumerates every sourced item of the content with a readable path, for validation and tests.</summary>
internal static class ContentSources
{
    public static IEnumerable<(string Path, SourceRef? Source)> All(ContentFile c)
    {
        foreach (var step in (c.OzaSteps ?? []).Concat(c.ZioSteps ?? []))
        {
            yield return ($"stap {step.Id}", step.Source);
            foreach (var item in step.Checklist ?? [])
            {
                yield return ($"checklist {item.Id}", item.Source);
            }

            foreach (var tip in step.Tips ?? [])
            {
                yield return ($"tip bij {step.Id}", tip.Source);
            }

            foreach (var tool in step.Tools ?? [])
            {
                yield return ($"tool {tool.Name} bij {step.Id}", tool.Source);
            }
        }

        if (c.ZioGuide is { } guide)
        {
            yield return ("ZiO: bij elke stap", guide.Source);
        }

        foreach (var phase in c.ZioPhases ?? [])
        {
            yield return ($"fase {phase.Id}", phase.Source);
        }

        foreach (var rule in c.ProcessRules ?? [])
        {
            yield return ($"procesafspraak {rule.Id}", rule.Source);
        }

        if (c.Vocabularies is { } v)
        {
            foreach (var term in v.Goals.Concat(v.SupportLevels).Concat(v.OrganisationLevels).Concat(v.Scopes))
            {
                yield return ($"term {term.Id}", term.Source);
            }

            yield return ("principe ondersteuningsniveau", v.SupportPrinciple?.Source);
        }

        if (c.ConversationFramework is { } f)
        {
            yield return ("regel gesprekskader", f.Rule?.Source);
            foreach (var block in f.Blocks)
            {
                yield return ($"gesprekskader blok {block.Number}", block.Source);
            }
        }

        if (c.Evaluation is { } e)
        {
            foreach (var q in e.Questions)
            {
                yield return ($"evaluatievraag {q.Id}", q.Source);
            }

            foreach (var term in e.OutcomeCriteria.Concat(e.Decisions))
            {
                yield return ($"evaluatieterm {term.Id}", term.Source);
            }
        }
    }
}
