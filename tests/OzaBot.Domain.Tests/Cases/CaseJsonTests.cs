using System.Text.Json;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;
using static OzaBot.Domain.Tests.Cases.CaseFixture;

namespace OzaBot.Domain.Tests.Cases;

public class CaseJsonTests
{
    [Fact]
    public void A_case_with_every_part_survives_a_json_round_trip()
    {
        var c = OzaAt(StepIds.OzaActiveren);
        var actor = Now;
        Ok(c.SetInitials("j.b.", actor));
        Ok(c.AddPartner(PartnerRole.Gebiedsteam, "gebiedsteam Noord", "aad-123", actor));
        var action = Ok(c.AddAction("Aanvraag jeugdhulp indienen", PartnerRole.Gebiedsteam, T0.AddDays(14), actor));
        Ok(c.PostponeAction(action, T0.AddDays(21), actor));
        Ok(c.RecordConsent(PartnerRole.Procesregisseur, [ConsentCategory.Plan, ConsentCategory.Opp], ConsentGiver.OudersEnLeerling, PupilAge.Van12Tot16, new DateOnly(2027, 8, 1), actor));
        var meeting = Ok(c.PlanMeeting(MeetingKind.Evaluatie, T0.AddDays(30), T0.AddDays(30).AddHours(1), [PartnerRole.Ouders, PartnerRole.Procesregisseur], actor));
        Ok(c.SetCalendarReference(meeting, "AAMkAGI2T", actor));
        var fin = Ok(c.AddFinancing(Financer.Gemeente, "Begeleiding in de klas (Jeugdwet)", new DateOnly(2026, 9, 1), new DateOnly(2027, 7, 1), actor));
        Ok(c.SetBeschikkingStatus(fin, BeschikkingStatus.Aangevraagd, actor));
        Ok(c.Escalate(EscalationLevel.Procesregisseur, EscalationReason.VerlopenActies, "twee keer verzet", actor));
        Ok(c.RecordEvaluation(Catalogue, new EvaluationProgress(ProgressRating.Goed, ProgressRating.KanBeter, ProgressRating.Zorgelijk, ProgressRating.Goed), EvaluationDecision.Bijstellen, T0.AddDays(120), actor));

        var json = JsonSerializer.Serialize(c, CaseJsonContext.Default.Case);
        var back = JsonSerializer.Deserialize(json, CaseJsonContext.Default.Case)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, CaseJsonContext.Default.Case));
        Assert.Equal(c.Code, back.Code);
        Assert.Equal("J.B.", back.Initials);
        Assert.Equal(c.Revision, back.Revision);
        Assert.Equal(c.History.Count, back.History.Count);
        Assert.Equal(StepIds.OzaActiveren, back.CurrentStepId);
        Assert.Equal(1, back.Actions.Single().PostponedCount);
        Assert.Equal("AAMkAGI2T", back.Meetings.Single().CalendarReference);
        Assert.Equal(ProgressRating.Zorgelijk, back.Evaluations.Single().Progress!.Doelen);
        Assert.Contains("\"track\":\"OzaIndividueel\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isClosed", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deserialized_case_keeps_working_with_its_rules()
    {
        var c = OzaAt(StepIds.OzaOntwikkelen);
        Ok(c.AddPartner(PartnerRole.Procesregisseur, null, null, Now));
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(c, CaseJsonContext.Default.Case), CaseJsonContext.Default.Case)!;

        var second = back.AddPartner(PartnerRole.Procesregisseur, null, null, Now);
        Assert.Equal(Refusals.SecondProcesregisseur, second.Reason);
        var id = Ok(back.AddAction("Plan bespreken met ouders", PartnerRole.School, null, Now));
        Assert.NotEqual(c.Partners[0].Id, id);
    }
}
