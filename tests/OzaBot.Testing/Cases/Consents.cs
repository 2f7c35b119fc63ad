using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Testing.Cases;

/// <summary>The parents' consent to share the plan with care partners, as a test records it before inviting them.</summary>
public static class Consents
{
    public static void ForPlan(Case c, Actor actor, params PartnerRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(c);
        foreach (var role in roles)
        {
            var result = c.RecordConsent(role, [ConsentCategory.Plan], ConsentGiver.Ouders, PupilAge.Onder12, DateOnly.FromDateTime(actor.At.UtcDateTime.AddYears(1)), actor);
            if (result.IsRefused)
            {
                throw new InvalidOperationException(result.Reason?.ToString());
            }
        }
    }
}
