using OzaBot.Testing.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Tests.Cases;

/// <summary>Builds cases at a given step by going through the real transitions (no shortcuts into state).</summary>
internal static class CaseFixture
{
    public static readonly DateTimeOffset T0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(2));

    public static ProcessCatalogue Catalogue => ProcessCatalogue.Default;

    public static Actor At(DateTimeOffset when, string user = "user-ib") => new(user, when);

    public static Actor Now => At(T0);

    public static Case New(Track track = Track.OzaIndividueel, string? initials = null)
    {
        var result = Case.Open(Catalogue, track, initials, Now);
        Assert.True(result.IsOk, result.Reason?.ToString());
        return result.Value!;
    }

    public static void Ok(DomainResult result) => Assert.True(result.IsOk, result.Reason?.ToString());

    public static T Ok<T>(DomainResult<T> result)
    {
        Assert.True(result.IsOk, result.Reason?.ToString());
        return result.Value!;
    }

    public static void CompleteCurrentStep(Case c, Actor actor)
    {
        foreach (var item in c.OpenChecklistItems(Catalogue))
        {
            Ok(c.SetChecklistItem(Catalogue, item.Id, ChecklistStatus.Gedaan, actor));
        }
    }

    /// <summary>Walks an OZA case to <paramref name="stepId"/>, meeting every precondition on the way.</summary>
    public static Case OzaAt(string stepId, Track track = Track.OzaIndividueel)
    {
        var c = New(track);
        var actor = Now;
        while (c.CurrentStepId != stepId)
        {
            CompleteCurrentStep(c, actor);
            switch (c.CurrentStepId)
            {
                case StepIds.OzaVerkennen:
                    Ok(c.ChooseSupportLevel(SupportLevel.Aanvullend, actor));
                    break;
                case StepIds.OzaOntwikkelen:
                    Ok(c.AddPartner(PartnerRole.Procesregisseur, "regisseur gebiedsteam", null, actor));
                    Ok(c.ChooseGoals([OzaGoal.Terugleiden], actor));
                    Ok(c.AgreeJointPlan(PlanDrafts.Valid(actor.At), actor));
                    break;
                case StepIds.OzaArrangeren:
                    Ok(c.ScheduleNextEvaluation(T0.AddDays(90), actor));
                    break;
            }

            Ok(c.AdvanceStep(Catalogue, actor));
        }

        return c;
    }

    public static Case ZioAt(string stepId, Track track = Track.ZioSchool)
    {
        var c = New(track);
        while (c.CurrentStepId != stepId)
        {
            CompleteCurrentStep(c, Now);
            Ok(c.AdvanceStep(Catalogue, Now));
        }

        return c;
    }
}
