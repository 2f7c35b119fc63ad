using OzaBot.Domain.Cases;
using OzaBot.Domain.Scheduling;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Tests.Scheduling;

public sealed class SchedulingTextsTests
{
    [Fact]
    public void Every_role_has_a_label_and_a_name_with_its_article()
    {
        Assert.All(Enum.GetValues<PartnerRole>(), role =>
        {
            Assert.False(string.IsNullOrWhiteSpace(SchedulingTexts.RoleLabel(role)));
            Assert.Matches("^(de|het|een) ", CaseTexts.TheRole(role));
        });
        Assert.Equal("Leerplichtambtenaar", SchedulingTexts.RoleLabel(PartnerRole.Leerplicht));
        Assert.Equal("Onderwijs(zorg)consulent", SchedulingTexts.RoleLabel(PartnerRole.Onderwijsconsulent));
    }

    [Theory]
    [InlineData(MeetingKind.Ozo, "het OZO")]
    [InlineData(MeetingKind.Evaluatie, "de evaluatie")]
    [InlineData(MeetingKind.Actietafel, "de Regionale Actietafel")]
    [InlineData(MeetingKind.Projectgroep, "de projectgroep")]
    public void A_meeting_takes_its_own_article(MeetingKind kind, string expected) =>
        Assert.Equal(expected, CaseTexts.TheMeeting(kind));

    [Fact]
    public void A_list_of_roles_reads_as_a_dutch_sentence() =>
        Assert.Equal(
            "de school, het samenwerkingsverband en de leerplichtambtenaar",
            CaseTexts.List(new[] { PartnerRole.School, PartnerRole.Samenwerkingsverband, PartnerRole.Leerplicht }.Select(CaseTexts.TheRole)));
}
