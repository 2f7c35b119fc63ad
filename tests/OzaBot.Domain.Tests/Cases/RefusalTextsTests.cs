using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Privacy;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Flow;

namespace OzaBot.Domain.Tests.Cases;

/// <summary>Every refusal can be said in Dutch and in English, and the English has no Dutch in it.</summary>
public sealed class RefusalTextsTests
{
    public static TheoryData<RefusalCode> Codes() => [.. Enum.GetValues<RefusalCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_refusal_is_said_in_both_languages(RefusalCode code)
    {
        var refusal = code switch
        {
            RefusalCode.PersonalData => Refusals.PersonalData(PersonalDataKind.Email),
            RefusalCode.ChecklistOpen => Refusals.ChecklistOpen(StepIds.OzaVerkennen, ["oza.verkennen.behoefte-besproken", "oza.verkennen.diagnose"]),
            RefusalCode.FutureStep => Refusals.FutureStep(StepIds.OzaOntwikkelen),
            RefusalCode.ConsentWrongGiver => Refusals.ConsentWrongGiver(PupilAge.Van12Tot16),
            RefusalCode.NoConsent => Refusals.NoConsent([PartnerRole.Gebiedsteam, PartnerRole.Leerplicht]),
            _ => new Refusal(code, Number: 2),
        };

        var dutch = RefusalTexts.Dutch.Say(refusal, ProcessCatalogue.Default);
        var english = RefusalTexts.English.Say(refusal, ProcessCatalogue.Default);

        Assert.False(string.IsNullOrWhiteSpace(dutch));
        Assert.NotEqual(dutch, english);
        Assert.Empty(DutchWords.In(english));
    }

    [Fact]
    public void Open_checklist_items_are_named_in_the_conversation_language_and_a_sensitive_one_only_by_what_it_is_about()
    {
        var refusal = Refusals.ChecklistOpen(StepIds.OzaVerkennen, ["oza.verkennen.behoefte-besproken", "oza.verkennen.diagnose"]);

        var english = RefusalTexts.English.Say(refusal, ProcessCatalogue.Default);

        Assert.Equal("Step Explore is not finished yet. Still open: Discussed with parents and pupil what support is needed; an item about health or absence (see your 1:1 chat with OzaBot).", english);
        Assert.DoesNotContain("iagnos", RefusalTexts.Dutch.Say(refusal, ProcessCatalogue.Default), StringComparison.Ordinal);
    }
}
