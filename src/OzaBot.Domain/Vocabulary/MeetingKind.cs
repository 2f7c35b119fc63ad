namespace OzaBot.Domain.Vocabulary;

/// <summary>The meetings OzaBot plans: the OZO, an evaluation, the Regionale Actietafel, a ZiO projectgroep.</summary>
public enum MeetingKind
{
    Ozo,
    Evaluatie,
    Actietafel,
    Projectgroep,
}
