namespace OzaBot.Domain.Cases;

/// <summary>
/// Circumstances that change who is needed (procesafspraken: OZO, Vrijstellingen; handreiking: Variawet).
/// They say something about absence or health, so they are shown only in a 1:1 chat.
/// </summary>
public enum Circumstance
{
    Verzuim,
    Thuiszitten,
    Vrijstelling,
    AfwijkingOnderwijstijd,
}

public sealed partial class Case
{
    /// <summary>Records that a circumstance plays, or that it no longer does.</summary>
    public DomainResult SetCircumstance(Circumstance circumstance, bool plays, Actor actor)
    {
        if (Guard(actor) is { IsRefused: true } refused)
        {
            return refused;
        }

        if (circumstances.Contains(circumstance) == plays)
        {
            return DomainResult.Ok;
        }

        if (plays)
        {
            circumstances.Add(circumstance);
        }
        else
        {
            circumstances.Remove(circumstance);
        }

        return Commit(actor, CaseTexts.History.Circumstances);
    }
}
