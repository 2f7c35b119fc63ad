namespace OzaBot.Domain.Cases;

/// <summary>
/// How long a closed case is kept before the retention job purges it (config <c>Retention:ClosedCaseDays</c>).
/// </summary>
/// <remarks>
/// The default, 180 days, is deliberately short: OzaBot is not the dossier of record. The leerlingdossier
/// (OPP, groeidocument) and the jeugdhulp dossier live with the school and the care provider, under their own
/// retention rules. What OzaBot holds after closing is working data for the team — the plan, actions and
/// history — useful for about half a year: a last evaluation or warm overdracht, questions at the end of the
/// school year, a case that turns out to need a new arrangement. After that only the anonymous aggregates
/// (counts, lead times, outcomes) and the deletion record remain.
/// </remarks>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";
    public const int DefaultClosedCaseDays = 180;

    public int ClosedCaseDays { get; set; } = DefaultClosedCaseDays;

    /// <summary>The day the retention job removes a case closed at <paramref name="closedAt"/> (it runs every hour).</summary>
    public DateTimeOffset PurgeDate(DateTimeOffset closedAt) => closedAt.AddDays(ClosedCaseDays);

    /// <summary>Cases closed before this moment are due for purging.</summary>
    public DateTimeOffset Cutoff(DateTimeOffset now) => now.AddDays(-ClosedCaseDays);
}
