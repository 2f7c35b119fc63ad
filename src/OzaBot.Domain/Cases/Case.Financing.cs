using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>Records who finances what and for which period (procesafspraken: Gezamenlijke financiering).</summary>
    public DomainResult<string> AddFinancing(Financer financer, string what, DateOnly from, DateOnly? until, Actor actor)
    {
        if (GuardText(actor, what) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (until is { } u && u < from)
        {
            return DomainResult.Refused(CaseTexts.PeriodInvalid);
        }

        var id = NextId("f");
        financing.Add(new FinancingAgreement(id, financer, what.Trim(), from, until, BeschikkingStatus.NogAanvragen));
        Commit(actor, CaseTexts.History.FinancingAdded);
        return DomainResult.Success(id);
    }

    /// <summary>Updates the beschikking; for an OZA it can only be requested or granted once the joint plan exists.</summary>
    public DomainResult SetBeschikkingStatus(string financingId, BeschikkingStatus status, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var index = financing.FindIndex(f => f.Id == financingId);
        if (index < 0)
        {
            return DomainResult.Refused(CaseTexts.NotFound);
        }

        if (status is BeschikkingStatus.Aangevraagd or BeschikkingStatus.Afgegeven && Track.IsOza() && PlanAgreedAt is null)
        {
            return DomainResult.Refused(CaseTexts.BeschikkingBeforePlan);
        }

        financing[index] = financing[index] with { Beschikking = status };
        return Commit(actor, CaseTexts.History.Beschikking, progress: status == BeschikkingStatus.Afgegeven);
    }
}
