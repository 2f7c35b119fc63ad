using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Cases;

public sealed partial class Case
{
    /// <summary>Records who finances what and for which period (procesafspraken: Gezamenlijke financiering).</summary>
    public DomainResult<string> AddFinancing(Financer financer, string what, DateOnly from, DateOnly? until, Actor actor, BeschikkingStatus status = BeschikkingStatus.NogAanvragen)
    {
        if (GuardText(actor, what) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (until is { } u && u < from)
        {
            return DomainResult.Refused(Refusals.PeriodInvalid);
        }

        if (BeschikkingTooEarly(financer, status))
        {
            return DomainResult.Refused(Refusals.BeschikkingBeforePlan);
        }

        var id = NextId("f");
        financing.Add(new FinancingAgreement(id, financer, what.Trim(), from, until, status));
        Commit(actor, CaseTexts.History.FinancingAdded);
        return DomainResult.Success(id);
    }

    /// <summary>
    /// After opschalen or afschalen the support changed, so who pays what must be looked at again
    /// (procesafspraken: Gezamenlijke financiering); cleared when the financing is reviewed.
    /// </summary>
    [System.Text.Json.Serialization.JsonInclude] public bool FinancingReviewDue { get; internal set; }

    /// <summary>The financing partners looked at the agreements again (saved the financing card, changed or not).</summary>
    public DomainResult ReviewFinancing(Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (!FinancingReviewDue)
        {
            return DomainResult.Ok;
        }

        FinancingReviewDue = false;
        return Commit(actor, CaseTexts.History.FinancingReviewed);
    }

    /// <summary>Only the gemeente decides by beschikking (Jeugdwet), and for an OZA only once the joint plan exists.</summary>
    private bool BeschikkingTooEarly(Financer financer, BeschikkingStatus status) =>
        financer == Financer.Gemeente && status is BeschikkingStatus.Aangevraagd or BeschikkingStatus.Afgegeven
        && Track.IsOza() && PlanAgreedAt is null;

    /// <summary>Updates where the financing stands (in the financer's own words: beschikking, arrangement/TLV, Wlz-indicatie).</summary>
    public DomainResult SetBeschikkingStatus(string financingId, BeschikkingStatus status, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        var index = financing.FindIndex(f => f.Id == financingId);
        if (index < 0)
        {
            return DomainResult.Refused(Refusals.NotFound);
        }

        if (BeschikkingTooEarly(financing[index].Financer, status))
        {
            return DomainResult.Refused(Refusals.BeschikkingBeforePlan);
        }

        financing[index] = financing[index] with { Beschikking = status };
        return Commit(actor, CaseTexts.History.Beschikking, progress: status == BeschikkingStatus.Afgegeven);
    }
}
