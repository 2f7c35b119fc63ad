using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Tests.Content;

public class ProcessCatalogueTests
{
    private static readonly string[] SeedDocuments =
        ["nji-5-stappen", "nji-dossier-oza", "nji-handreiking-gesprekskader", "zio-stappenplan", "procesafspraken-oza"];

    private static ProcessCatalogue Catalogue => ProcessCatalogue.Default;

    [Fact]
    public void The_embedded_content_loads_with_five_oza_steps_three_phases_and_six_zio_steps()
    {
        Assert.Equal(["Verkennen", "Betrekken", "Ontwikkelen", "Arrangeren", "Activeren"], Catalogue.OzaSteps.Select(s => s.Name));
        Assert.Equal(3, Catalogue.ZioPhases.Count);
        Assert.Equal(6, Catalogue.ZioSteps.Count);
        Assert.Equal([1, 1, 1, 2, 3, 3], Catalogue.ZioSteps.Select(s => s.Phase!.Value));
        Assert.All(Catalogue.ZioSteps, s => Assert.False(string.IsNullOrWhiteSpace(s.LeadNote)));
        Assert.All(Catalogue.ZioSteps.Take(5), s => Assert.NotEmpty(s.Tools!));
        Assert.Equal(12, Catalogue.ZioPhases[0].ExpectedMonths);
        Assert.Equal(5, Catalogue.ZioGuide.Questions.Count);
        Assert.DoesNotContain(Catalogue.ZioSteps, s => s.Leads.Contains(PartnerRole.Procesregisseur) || s.Checklist.Any(i => i.Who == PartnerRole.Procesregisseur));
        Assert.Equal(["Explore", "Involve", "Develop", "Arrange", "Activate"], Catalogue.In(Language.English).OzaSteps.Select(s => s.Name));
        Assert.Equal(["Explore", "Involve", "Implement"], Catalogue.In(Language.English).ZioPhases.Select(p => p.Name));
    }

    [Fact]
    public void Every_sourced_item_cites_one_of_the_five_seed_documents_and_a_declared_section()
    {
        var content = ContentFileOf(Catalogue);
        var all = ContentSources.All(content).ToList();
        Assert.True(all.Count > 100, "expected every step, item, tip, rule and term to be enumerated");
        Assert.All(all, s =>
        {
            Assert.NotNull(s.Source);
            Assert.Contains(s.Source!.Document, SeedDocuments);
            var doc = Catalogue.Documents.Single(d => d.Id == s.Source.Document);
            Assert.Contains(s.Source.Section, doc.Sections);
        });
        Assert.Equal(SeedDocuments.Order(), Catalogue.Documents.Select(d => d.Id).Order());
    }

    [Fact]
    public void Every_checklist_item_has_a_stable_unique_id_under_its_step_and_a_source()
    {
        var items = Catalogue.OzaSteps.Concat(Catalogue.ZioSteps).SelectMany(s => s.Checklist.Select(i => (s, i))).ToList();
        Assert.Equal(items.Count, items.Select(p => p.i.Id).Distinct().Count());
        Assert.All(items, p =>
        {
            Assert.StartsWith(p.s.Id + ".", p.i.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.i.Source.Section));
        });
    }

    [Fact]
    public void Ontwikkelen_covers_the_five_support_aspects_and_financing_first()
    {
        var ids = Catalogue.Step(StepIds.OzaOntwikkelen).Checklist.Select(i => i.Id).ToList();
        Assert.Contains("oza.ontwikkelen.financiering-eerst", ids);
        foreach (var aspect in new[] { "didactisch", "sociaal-emotioneel", "communicatie", "fysiek-medisch", "thuis" })
        {
            Assert.Contains("oza.ontwikkelen.aspect-" + aspect, ids);
        }
    }

    [Fact]
    public void Arrangeren_covers_the_four_frameworks_and_the_learning_environment()
    {
        var ids = Catalogue.Step(StepIds.OzaArrangeren).Checklist.Select(i => i.Id).ToList();
        foreach (var part in new[] { "organisatie", "aansturing", "financien", "regelgeving", "leeromgeving" })
        {
            Assert.Contains("oza.arrangeren." + part, ids);
        }
    }

    [Fact]
    public void Individual_and_group_tracks_get_their_own_verkennen_items()
    {
        var step = Catalogue.Step(StepIds.OzaVerkennen);
        var individual = step.ChecklistFor(Track.OzaIndividueel).Select(i => i.Id).ToList();
        var group = step.ChecklistFor(Track.OzaGroep).Select(i => i.Id).ToList();
        Assert.Contains("oza.verkennen.opp-aanwezig", individual);
        Assert.DoesNotContain("oza.verkennen.opp-aanwezig", group);
        Assert.Contains("oza.verkennen.populatie-analyse", group);
        Assert.DoesNotContain("oza.verkennen.populatie-analyse", individual);
    }

    [Fact]
    public void Vocabularies_gesprekskader_and_evaluation_are_complete()
    {
        Assert.Equal(["terugleiden", "opbouwen", "versterken", "aanpassen", "doorleiden", "verrijken"], Catalogue.Vocabularies.Goals.Select(g => g.Id));
        Assert.Equal(["basis", "aanvullend", "specialistisch"], Catalogue.Vocabularies.SupportLevels.Select(g => g.Id));
        Assert.Equal(["lokaal", "regionaal", "bovenregionaal"], Catalogue.Vocabularies.OrganisationLevels.Select(g => g.Id));
        Assert.Equal(["individueel", "groep"], Catalogue.Vocabularies.Scopes.Select(g => g.Id));
        Assert.Equal(7, Catalogue.ConversationFramework.Blocks.Count);
        Assert.Equal(2, Catalogue.ConversationFramework.MaxBlocksPerConversation);
        Assert.Equal(["uitvoering", "efficientie", "doelen", "aansluiting"], Catalogue.Evaluation.Questions.Select(q => q.Id));
        Assert.Equal(["uitval", "tevredenheid", "doelrealisatie"], Catalogue.Evaluation.OutcomeCriteria.Select(q => q.Id));
    }

    [Fact]
    public void The_actietafel_rule_names_when_and_its_four_participants()
    {
        var rule = Catalogue.Rule(RuleIds.Actietafel);
        Assert.False(string.IsNullOrWhiteSpace(rule.When));
        Assert.Equal(
            [PartnerRole.Samenwerkingsverband, PartnerRole.Gebiedsteam, PartnerRole.Leerplicht, PartnerRole.Procesregisseur],
            rule.Roles);
    }

    [Fact]
    public void A_region_can_override_a_section_without_recompiling()
    {
        const string region = """{ "settings": { "stagnationDays": 28, "evaluationReminderDays": 14, "meetingPreparationDays": 3 } }""";
        var catalogue = ProcessCatalogueLoader.Load([region]);
        Assert.Equal(28, catalogue.Settings.StagnationDays);
        Assert.Equal(Catalogue.OzaSteps.Count, catalogue.OzaSteps.Count);
    }

    [Fact]
    public void The_English_content_has_every_text_in_English_with_the_same_ids_and_sources()
    {
        var english = Catalogue.In(Language.English);
        Assert.Same(Catalogue, english.In(Language.Dutch));
        Assert.Equal(Catalogue.OzaSteps.SelectMany(s => s.Checklist).Select(i => (i.Id, i.Source)), english.OzaSteps.SelectMany(s => s.Checklist).Select(i => (i.Id, i.Source)));
        string[] texts =
        [
            .. english.OzaSteps.Concat(english.ZioSteps).SelectMany(s => new[] { s.Name, s.Goal, s.Result, s.LeadNote ?? "" }
                .Concat(s.Checklist.Select(i => i.Text)).Concat(s.Tips.Select(t => t.Text)).Concat((s.Tools ?? []).SelectMany(t => new[] { t.Name, t.Text }))),
            .. english.ZioPhases.SelectMany(p => new[] { p.Name, p.Goal, p.ExpectedDuration }),
            .. english.ZioGuide.Questions.Append(english.ZioGuide.Note),
            .. english.ProcessRules.SelectMany(r => new[] { r.Title, r.Text, r.When ?? "" }),
            .. english.Vocabularies.Goals.Concat(english.Vocabularies.SupportLevels).Concat(english.Vocabularies.OrganisationLevels).Concat(english.Vocabularies.Scopes)
                .Concat(english.Evaluation.OutcomeCriteria).Concat(english.Evaluation.Decisions).SelectMany(t => new[] { t.Name, t.Description }),
            .. english.ConversationFramework.Blocks.SelectMany(b => b.Questions.Append(b.Title).Append(b.Question)),
            .. english.Evaluation.Questions.SelectMany(q => new[] { q.Aspect, q.Text }),
            english.Vocabularies.SupportPrinciple.Text,
            english.ConversationFramework.Rule.Text,
        ];
        Assert.Empty(texts.SelectMany(OzaBot.Testing.Flow.DutchWords.In));
    }

    [Fact]
    public void A_region_text_without_current_English_is_refused_by_key()
    {
        const string region = """
            { "zioGuide": { "note": "Gebruik de stappen als hulpmiddel.", "questions": ["Wie heeft de regie?"], "source": { "document": "zio-stappenplan", "section": "Hoe gebruik je het?" } },
              "english": { "zio.guide.questions.1": { "nl": "Wie heeft de regie?", "en": "Who leads?" } } }
            """;
        var ex = Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load([region]));
        Assert.Contains(ex.Errors, e => e.Contains("'zio.guide.note' is vertaald van een andere Nederlandse tekst", StringComparison.Ordinal));
        Assert.DoesNotContain(ex.Errors, e => e.Contains("'zio.guide.questions.1'", StringComparison.Ordinal));

        const string translated = """
            { "zioGuide": { "note": "Gebruik de stappen als hulpmiddel.", "questions": ["Wie heeft de regie?"], "source": { "document": "zio-stappenplan", "section": "Hoe gebruik je het?" } },
              "english": { "zio.guide.note": { "nl": "Gebruik de stappen als hulpmiddel.", "en": "Use the steps as a guide." }, "zio.guide.questions.1": { "nl": "Wie heeft de regie?", "en": "Who leads?" } } }
            """;
        var english = ProcessCatalogueLoader.Load([translated]).In(Language.English);
        Assert.Equal(["Who leads?"], english.ZioGuide.Questions);
        Assert.Equal("Use the steps as a guide.", english.ZioGuide.Note);
    }

    [Fact]
    public void A_region_file_can_be_read_from_a_stream()
    {
        using var stream = new MemoryStream("""{ "settings": { "stagnationDays": 10, "evaluationReminderDays": 1, "meetingPreparationDays": 1 } }"""u8.ToArray());
        Assert.Equal(10, ProcessCatalogueLoader.Load([stream]).Settings.StagnationDays);
    }

    [Fact]
    public void Invalid_region_content_is_refused_with_a_list_of_every_problem()
    {
        const string region = """
            {
              "settings": { "stagnationDays": 0, "evaluationReminderDays": 7, "meetingPreparationDays": 7 },
              "processRules": [
                { "id": "ozo", "title": "OZO", "text": "x", "roles": ["School"], "source": { "document": "onbekend", "section": "x" } }
              ]
            }
            """;
        var ex = Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load([region]));
        Assert.Contains(ex.Errors, e => e.Contains("termijnen", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("onbekend brondocument 'onbekend'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("procesafspraak 'actietafel' ontbreekt", StringComparison.Ordinal));
        Assert.Contains("procesafspraak 'actietafel' ontbreekt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_and_unknown_roles_are_reported_not_swallowed()
    {
        var broken = Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load(["{ nope"]));
        Assert.Contains(broken.Errors, e => e.StartsWith("regiobestand 1: ongeldige JSON", StringComparison.Ordinal));

        const string badRole = """{ "processRules": [ { "id": "ozo", "title": "t", "text": "t", "roles": ["Burgemeester"], "source": { "document": "procesafspraken-oza", "section": "Algemeen" } } ] }""";
        Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load([badRole]));
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        const string region = """{ "zioPhases": [ { "id": "zio.fase1", "number": 1, "name": "Verkennen", "expectedDuration": "1 jaar", "source": { "document": "zio-stappenplan", "section": "Tijdsinvestering" } } ] }""";
        var ex = Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load([region]));
        Assert.Contains(ex.Errors, e => e.Contains("goal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_checklist_id_outside_its_step_and_a_duplicate_id_are_refused()
    {
        var steps = ProcessCatalogue.Default.OzaSteps;
        var broken = steps.Select((s, i) => i == 0
            ? s with { Checklist = [.. s.Checklist, s.Checklist[0], s.Checklist[0] with { Id = "elders.item" }] }
            : s).ToList();
        var json = System.Text.Json.JsonSerializer.Serialize(new ContentFile(OzaSteps: broken), ContentJsonContext.Default.ContentFile);
        var ex = Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load([json]));
        Assert.Contains(ex.Errors, e => e.Contains("id 'oza.verkennen.behoefte-besproken' komt meer dan eens voor", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("checklist elders.item: id moet beginnen met 'oza.verkennen.'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_that_does_not_exist_in_the_cited_document_is_refused()
    {
        const string region = """{ "processRules": [ { "id": "ozo", "title": "t", "text": "t", "roles": [], "source": { "document": "procesafspraken-oza", "section": "Hoofdstuk 99" } } ] }""";
        var ex = Assert.Throws<ProcessContentException>(() => ProcessCatalogueLoader.Load([region]));
        Assert.Contains(ex.Errors, e => e.Contains("sectie 'Hoofdstuk 99' bestaat niet", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_names_document_title_and_section()
    {
        var text = Catalogue.Describe(Catalogue.Rule(RuleIds.GezamenlijkPlan).Source);
        Assert.Equal("Procesafspraken onderwijs-zorgarrangementen – Gezamenlijk plan", text);
    }

    [Fact]
    public void Next_step_walks_the_track_and_ends_after_the_last_step()
    {
        Assert.Equal(StepIds.OzaBetrekken, Catalogue.NextStep(Track.OzaIndividueel, StepIds.OzaVerkennen)!.Id);
        Assert.Null(Catalogue.NextStep(Track.OzaGroep, StepIds.OzaActiveren));
        Assert.Equal(StepIds.ZioBorging, Catalogue.NextStep(Track.ZioRegio, StepIds.ZioOntwikkelingImplementatie)!.Id);
        Assert.Null(Catalogue.NextStep(Track.ZioSchool, StepIds.ZioBorging));
    }

    private static ContentFile ContentFileOf(ProcessCatalogue c) => new(
        c.Documents, c.OzaSteps, c.ZioPhases, c.ZioSteps, c.ZioGuide, c.Settings, c.ProcessRules, c.Vocabularies, c.ConversationFramework, c.Evaluation);
}

public class ConversationFrameworkTests
{
    private static ConversationFramework Framework => ProcessCatalogue.Default.ConversationFramework;

    [Fact]
    public void At_most_two_blocks_per_conversation_are_offered()
    {
        var two = Framework.Choose([6, 1, 6]);
        Assert.True(two.IsOk);
        Assert.Equal(["Bestuur en voorwaarden", "Outcome"], two.Value!.Select(b => b.Title));
        Assert.Equal(Refusals.TooManyBlocks(2), Framework.Choose([1, 2, 3]).Reason);
        Assert.Equal(Refusals.UnknownBlock(7), Framework.Choose([8]).Reason);
        Assert.Equal(Refusals.NoBlock, Framework.Choose([]).Reason);
    }
}
