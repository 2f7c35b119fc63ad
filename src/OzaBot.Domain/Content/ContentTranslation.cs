namespace OzaBot.Domain.Content;

/// <summary>
/// Builds the English process content from the Dutch: every text a user reads (step names, goals, checklist items,
/// tips, tools, procesafspraken, vocabularies, gesprekskader, evaluation) is looked up by a stable key in the
/// content's <c>english</c> section, which keeps the Dutch it translates; ids, roles, settings and sources stay as
/// they are (sources cite Dutch documents, so their titles stay Dutch). A text without English, or whose Dutch changed
/// since it was translated, is reported: English is complete and current or the content does not load.
/// </summary>
internal sealed class ContentTranslation
{
    private readonly IReadOnlyDictionary<string, Translation> english;
    private readonly List<(string Key, string Dutch)> used = [];

    private ContentTranslation(IReadOnlyDictionary<string, Translation> english) => this.english = english;

    /// <summary>The English content, and every key it needed with its Dutch text (for the completeness check).</summary>
    public static (ContentFile English, IReadOnlyList<(string Key, string Dutch)> Keys) Translate(ContentFile dutch)
    {
        var translation = new ContentTranslation(dutch.English ?? new Dictionary<string, Translation>());
        return (translation.Apply(dutch), translation.used);
    }

    /// <summary>
    /// Texts without English, or with the English of an older Dutch text. English that no text asks for (a section a
    /// region replaced, a mistyped key) is ignored: the text it was meant for is reported as missing.
    /// </summary>
    public static IEnumerable<string> Problems(ContentFile dutch)
    {
        var english = dutch.English ?? new Dictionary<string, Translation>();
        return Translate(dutch).Keys
            .Select(k => (k.Key, Problem: english.TryGetValue(k.Key, out var t) ? t.Problem(k.Dutch) : "heeft geen Engelse tekst"))
            .Where(k => k.Problem is not null)
            .Select(k => $"english: '{k.Key}' {k.Problem}");
    }

    private ContentFile Apply(ContentFile c) => c with
    {
        OzaSteps = c.OzaSteps?.Select(Step).ToList(),
        ZioSteps = c.ZioSteps?.Select(Step).ToList(),
        ZioPhases = c.ZioPhases?.Select(p => p with
        {
            Name = T($"{p.Id}.name", p.Name),
            Goal = T($"{p.Id}.goal", p.Goal),
            ExpectedDuration = T($"{p.Id}.expectedDuration", p.ExpectedDuration),
        }).ToList(),
        ZioGuide = c.ZioGuide is { } guide
            ? guide with { Note = T("zio.guide.note", guide.Note), Questions = Texts("zio.guide.questions", guide.Questions) }
            : null,
        ProcessRules = c.ProcessRules?.Select(r => r with
        {
            Title = T($"rule.{r.Id}.title", r.Title),
            Text = T($"rule.{r.Id}.text", r.Text),
            When = r.When is null ? null : T($"rule.{r.Id}.when", r.When),
        }).ToList(),
        Vocabularies = c.Vocabularies is { } v
            ? v with
            {
                Goals = Terms("goals", v.Goals),
                SupportLevels = Terms("supportLevels", v.SupportLevels),
                SupportPrinciple = v.SupportPrinciple with { Text = T("supportPrinciple", v.SupportPrinciple.Text) },
                OrganisationLevels = Terms("organisationLevels", v.OrganisationLevels),
                Scopes = Terms("scopes", v.Scopes),
            }
            : null,
        ConversationFramework = c.ConversationFramework is { } f
            ? f with
            {
                Rule = f.Rule with { Text = T("gesprekskader.rule", f.Rule.Text) },
                Blocks = f.Blocks.Select(b => b with
                {
                    Title = T($"gesprekskader.{b.Number}.title", b.Title),
                    Question = T($"gesprekskader.{b.Number}.question", b.Question),
                    Questions = Texts($"gesprekskader.{b.Number}.questions", b.Questions),
                }).ToList(),
            }
            : null,
        Evaluation = c.Evaluation is { } e
            ? e with
            {
                Questions = e.Questions.Select(q => q with
                {
                    Aspect = T($"evaluation.{q.Id}.aspect", q.Aspect),
                    Text = T($"evaluation.{q.Id}.text", q.Text),
                }).ToList(),
                OutcomeCriteria = Terms("outcome", e.OutcomeCriteria),
                Decisions = Terms("decision", e.Decisions),
            }
            : null,
    };

    private ProcessStep Step(ProcessStep s) => s with
    {
        Name = T($"{s.Id}.name", s.Name),
        Goal = T($"{s.Id}.goal", s.Goal),
        Result = T($"{s.Id}.result", s.Result),
        LeadNote = s.LeadNote is null ? null : T($"{s.Id}.leadNote", s.LeadNote),
        Checklist = s.Checklist.Select(i => i with { Text = T(i.Id, i.Text) }).ToList(),
        Tips = s.Tips.Select((t, i) => t with { Text = T($"{s.Id}.tips.{i + 1}", t.Text) }).ToList(),
        Tools = s.Tools?.Select((t, i) => t with
        {
            Name = T($"{s.Id}.tools.{i + 1}.name", t.Name),
            Text = T($"{s.Id}.tools.{i + 1}.text", t.Text),
        }).ToList(),
    };

    private List<VocabularyTerm> Terms(string list, IReadOnlyList<VocabularyTerm> terms) =>
        terms.Select(t => t with
        {
            Name = T($"{list}.{t.Id}.name", t.Name),
            Description = T($"{list}.{t.Id}.description", t.Description),
        }).ToList();

    private List<string> Texts(string prefix, IReadOnlyList<string> texts) =>
        texts.Select((text, i) => T($"{prefix}.{i + 1}", text)).ToList();

    private string T(string key, string dutch)
    {
        used.Add((key, dutch));
        return english.TryGetValue(key, out var t) && t.Problem(dutch) is null ? t.En : dutch;
    }
}

/// <summary>One text in English, with the Dutch it translates (so a changed Dutch text shows its English is out of date).</summary>
internal sealed record Translation(string Nl, string En)
{
    public string? Problem(string dutch) =>
        string.IsNullOrWhiteSpace(En) ? "heeft geen Engelse tekst"
        : Nl != dutch ? "is vertaald van een andere Nederlandse tekst: vertaal opnieuw"
        : null;
}
