using OzaBot.Domain.Cases;
using OzaBot.Domain.Cases.Reporting;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Testing.Cases;

/// <summary>
/// A tenant's cases with known dashboard figures: 11 OZA cases started on <see cref="Start"/>, six of them
/// closed after 10, 20 … 60 days (the first three then deleted, so only their aggregates remain), one
/// escalated; five ZiO cases still running, of organisation "Regio Noord", each with an action of the school
/// overdue. Seen <see cref="Seen"/>, in school year 2026-2027.
/// </summary>
public static class DashboardCases
{
    public static readonly DateTimeOffset Start = new(2026, 9, 14, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Seen = Start.AddDays(100);

    /// <summary>The organisation of the five ZiO cases (the others are "Regio").</summary>
    public const string NorthRegion = "Regio Noord";

    public static IReadOnlyList<DashboardRow> Expected(ProcessCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var verkennen = catalogue.Step(StepIds.OzaVerkennen).Name;
        var inventariseren = catalogue.Step(StepIds.ZioDataInventariseren).Name;
        return
        [
            new(DashboardFigures.Cases, "Totaal", "16"),
            new(DashboardFigures.ByTrack, nameof(Track.OzaIndividueel), "11"),
            new(DashboardFigures.ByTrack, nameof(Track.ZioSchool), "5"),
            .. new[] { verkennen, inventariseren }.Order(StringComparer.Ordinal).Select(step => new DashboardRow(DashboardFigures.ByStep, step, "5")),
            new(DashboardFigures.ByStatus, "Lopend", "10"),
            new(DashboardFigures.ByStatus, "Gesloten", "6"),
            new(DashboardFigures.ByStatus, "Overige: Ooit geëscaleerd", DashboardFigures.SmallCell),
            new(DashboardFigures.ByClosedOutcome, nameof(CloseReason.DoelenBereikt), "6"),
            new(DashboardFigures.OverdueByRole, CaseTexts.RoleName(PartnerRole.School), "5"),
            new(DashboardFigures.StepMedian, verkennen, "30"),
            new(DashboardFigures.StepP80, verkennen, "50"),
        ];
    }

    public static async Task SeedAsync(ICaseRepository repository, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var actor = new Actor("aad-owner", Start);
        for (var i = 1; i <= 11; i++)
        {
            var c = Case.Open(ProcessCatalogue.Default, Track.OzaIndividueel, "JB", actor).Value!;
            if (i <= 6)
            {
                var closed = c.Close(CloseReason.DoelenBereikt, actor with { At = Start.AddDays(10 * i) });
                Require(closed.IsRefused, closed.Reason?.ToString());
            }
            else if (i == 7)
            {
                var escalated = c.Escalate(EscalationLevel.Procesregisseur, EscalationReason.Stagnatie, null, actor with { At = Start.AddDays(5) });
                Require(escalated.IsRefused, escalated.Reason?.ToString());
            }

            var saved = await repository.SaveAsync(new StoredCase(c, new CaseMeta { TenantId = tenantId, Label = "Regio" }));
            if (i <= 3)
            {
                await repository.DeleteAsync(saved, new CaseDeletion(Seen, "aad-owner", CaseDeletion.UserRequest));
            }
        }

        for (var i = 0; i < 5; i++)
        {
            var c = Case.Open(ProcessCatalogue.Default, Track.ZioSchool, "JB", actor).Value!;
            var action = c.AddAction("verslag delen", PartnerRole.School, Start.AddDays(20), actor);
            Require(action.IsRefused, action.Reason?.ToString());
            await repository.SaveAsync(new StoredCase(c, new CaseMeta { TenantId = tenantId, Label = NorthRegion }));
        }
    }

    private static void Require(bool refused, string? reason)
    {
        if (refused)
        {
            throw new InvalidOperationException(reason);
        }
    }
}
