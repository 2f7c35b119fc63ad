using OzaBot.Domain.Content;
using OzaBot.Domain.Privacy;

namespace OzaBot.Domain.Tests.Privacy;

public sealed class PersonalDataTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("BSN 111222333", PersonalDataKind.Bsn)]
    [InlineData("nummer 111.222.333", PersonalDataKind.Bsn)]
    [InlineData("12345672 (voorloopnul kwijt)", PersonalDataKind.Bsn)]
    [InlineData("mail j.jansen@school.example.nl", PersonalDataKind.Email)]
    [InlineData("bel 06-12345678", PersonalDataKind.Phone)]
    [InlineData("bel 010 123 45 67", PersonalDataKind.Phone)]
    [InlineData("bel +31 6 1234 5678", PersonalDataKind.Phone)]
    [InlineData("bel 0031 20 123 4567", PersonalDataKind.Phone)]
    [InlineData("bel +44 20 7946 0958", PersonalDataKind.Phone)]
    [InlineData("geboren 12-03-2015", PersonalDataKind.BirthDate)]
    [InlineData("geb. 2014-05-01", PersonalDataKind.BirthDate)]
    [InlineData("woont op 1234 AB, nr 12", PersonalDataKind.Address)]
    [InlineData("rekening NL91 ABNA 0417 1643 00", PersonalDataKind.Iban)]
    [InlineData("gesprek met Sanne over het rooster", PersonalDataKind.Name)]
    [InlineData("Sanne de Vries komt later", PersonalDataKind.Name)]
    [InlineData("Daan Jansen begeleidt", PersonalDataKind.Name)]
    [InlineData("moeder van Mohammed belt", PersonalDataKind.Name)]
    public void Identifying_data_is_found(string text, PersonalDataKind kind) =>
        Assert.Equal(kind, PersonalData.Find(text, Today));

    [Theory]
    [InlineData("evaluatie op 12-03-2027")]
    [InlineData("voor 1-2-2026 het OPP bijwerken")]
    [InlineData("Basisschool De Linde")]
    [InlineData("SBO De Regenboog")]
    [InlineData("gebiedsteam Noord")]
    [InlineData("3 ochtenden per week, 2 uur per dag")]
    public void Dates_of_appointments_school_names_and_numbers_pass(string text) =>
        Assert.Null(PersonalData.Find(text, Today));

    /// <summary>
    /// The false-positive rate of the check on what professionals really type (the README reports it): every
    /// realistic action description, note and label here must pass, and so must every text of the product's
    /// own content (steps, checklists, vocabularies).
    /// </summary>
    [Fact]
    public void Realistic_action_descriptions_and_the_products_own_texts_pass()
    {
        string[] realistic =
        [
            "OPP bijwerken met de nieuwe doelen", "Gesprek met ouders plannen over het rooster",
            "Leerplichtambtenaar informeren over het verzuim", "Aanvraag arrangement indienen bij het SWV",
            "Beschikking jeugdhulp aanvragen bij de gemeente", "Toestemming van ouders vragen voor gegevensdeling",
            "Rooster aanpassen: drie ochtenden per week", "Observatie in de klas door de gedragsspecialist",
            "Intern begeleider bespreekt voortgang met de mentor", "Zorgaanbieder levert verslag aan voor de evaluatie",
            "Vervoer naar school regelen", "Afspraken over huiswerk vastleggen", "Thuiszitter-overleg met leerplicht",
            "Onderwijsconsulent inschakelen voor advies", "Evaluatiemoment inplannen na de herfstvakantie",
            "Dossier compleet maken in ParnasSys", "Wijkteam Oost betrekken bij de thuissituatie",
            "Contact met de huisarts via ouders", "Plan bespreken in het OZO van dinsdag",
            "Begeleider in de klas: 2 ochtenden per week", "Terugkeer naar school in kleine stappen opbouwen",
            "Aanmelden bij de Regionale Actietafel", "Financiering via Wlz uitzoeken met het zorgkantoor",
            "Leerling sluit aan bij de rekenles van groep 6", "Mentor houdt wekelijks een kort gesprek",
            "Vrijstelling bespreken met de leerplichtambtenaar", "Verslag van de GGZ-behandelaar opvragen via ouders",
            "Time-out plek in de school inrichten", "Overdracht naar het VSO voorbereiden",
            "Afstemmen met de jeugdarts van de GGD", "Pgb-aanvraag ondersteunen", "School en ouders evalueren samen in januari",
            "Instructie in een kleine groep", "Wekelijkse begeleiding door de zorgaanbieder", "Basisschool De Linde",
            "Kindcentrum De Vlinder", "SWV PO Noord", "Gemeente Utrecht, team jeugd", "Vóór 15-01-2027 het verslag delen",
            "Dinsdag 10:00 overleg op school",
        ];
        var catalogue = ProcessCatalogue.Default;
        var own = catalogue.OzaSteps.Concat(catalogue.ZioSteps)
            .SelectMany(s => new[] { s.Name, s.Goal }.Concat(s.Checklist.Select(i => i.Text)))
            .Concat(catalogue.Vocabularies.Goals.Select(g => g.Description))
            .Concat(catalogue.Vocabularies.SupportLevels.Select(g => g.Description))
            .ToList();

        var refused = realistic.Concat(own).Where(t => PersonalData.Find(t, Today) is not null).ToList();
        Assert.True(refused.Count == 0, $"false positives ({refused.Count} of {realistic.Length + own.Count}): {string.Join(" | ", refused)}");
    }
}
