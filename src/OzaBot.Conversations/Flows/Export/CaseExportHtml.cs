using System.Text;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Scheduling;
using static System.Net.WebUtility;

namespace OzaBot.Conversations.Flows.Export;

/// <summary>The export as one self-contained Dutch page a school can hand to parents: every part of the case in plain tables.</summary>
internal static class CaseExportHtml
{
    public static string Render(StoredCase stored, IReadOnlyList<ScheduledMeeting> meetings, DateTimeOffset exportedAt, RegionTime region)
    {
        var dates = new LocalDates(region, Domain.Vocabulary.Language.Dutch);
        var c = stored.Case;
        var html = new StringBuilder();
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="robots" content="noindex">
            <title>Inzage casus {{HtmlEncode(c.Code)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}</style>
            </head><body>
            <h1>Inzage casus {{HtmlEncode(c.Code)}}</h1>
            <p>Dit overzicht bevat alles wat OzaBot over deze casus heeft opgeslagen, gemaakt op {{HtmlEncode(dates.DateTime(exportedAt))}}.
            OzaBot kent een casus alleen bij een willekeurige code; namen en BSN worden niet opgeslagen. Gebruikers staan erin als een interne id (geen naam).
            Het dossier van de school en van de jeugdhulp staat niet in OzaBot.</p>
            """);
        Table(html, "Casus", ["Gegeven", "Waarde"],
        [
            ["Code", c.Code], ["Initialen", c.Initials ?? "—"], ["Traject", c.Track.ToString()], ["Status", c.Status.ToString()],
            ["Huidige stap", c.CurrentStepId], ["Geopend", dates.DateTime(c.CreatedAt)], ["Gesloten", When(c.ClosedAt, dates)],
            ["Reden sluiten", c.CloseReason?.ToString() ?? "—"], ["Ondersteuningsniveau", c.SupportLevel?.ToString() ?? "—"],
            ["Doelstelling(en)", string.Join(", ", c.Goals)], ["Omstandigheden", string.Join(", ", c.Circumstances)], ["Gezamenlijk plan vastgesteld", When(c.PlanAgreedAt, dates)],
            ["Volgende evaluatie", When(c.NextEvaluationAt, dates)], ["Verantwoordelijke organisatie", stored.Meta.Label],
            ["Gekoppelde gesprekken", stored.Meta.ConversationIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        ]);
        Table(html, "Checklist", ["Onderdeel", "Status", "Gewijzigd", "Door"], c.Checklist.Select(e => (string[])[e.ItemId, e.Status.ToString(), dates.DateTime(e.ChangedAt), e.ChangedBy]));
        Table(html, "Partners", ["Rol", "Omschrijving", "Gebruiker", "Toegevoegd"], c.Partners.Select(p => (string[])[CaseTexts.RoleName(p.Role), p.Label ?? "—", p.UserId ?? "—", dates.DateTime(p.AddedAt)]));
        Table(html, "Acties", ["Wat", "Wie (rol)", "Wanneer", "Status"], c.Actions.Select(a => (string[])[a.Description, CaseTexts.RoleName(a.Owner), When(a.Due, dates), a.Status.ToString()]));
        Table(html, "Overleggen", ["Soort", "Begin", "Einde", "Status", "Deelnemers (rol)"], c.Meetings.Select(m => (string[])[m.Kind.ToString(), dates.DateTime(m.Start), dates.DateTime(m.End), m.Status.ToString(), string.Join(", ", m.Attendees.Select(CaseTexts.RoleName))]));
        Table(html, "Agenda-afspraken (uitnodigingen)", ["Soort", "Begin", "Status", "Genodigden"], meetings.Select(m => (string[])[m.Kind.ToString(), dates.DateTime(m.Start), m.Status.ToString(), string.Join(", ", m.Attendees.Select(a => $"{a.Email} ({CaseTexts.RoleName(a.Role)})"))]));
        Table(html, "Financiering", ["Financier", "Wat", "Van", "Tot", "Beschikking"], c.Financing.Select(f => (string[])[f.Financer.ToString(), f.What, f.From.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture), f.Until?.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—", f.Beschikking.ToString()]));
        Table(html, "Evaluaties", ["Datum", "Soort", "Voortgang of uitkomst", "Per doel", "Besluit", "Toelichting"], c.Evaluations.Select(e => (string[])[dates.DateTime(e.HeldAt), e.IsFinal ? "eindevaluatie" : "tussenevaluatie", Result(e), string.Join("; ", (e.PerDoel ?? []).Select(d => $"{d.Doel}: {d.Result}")), e.Decision.ToString(), e.Toelichting ?? "—"]));
        Table(html, "Escalaties", ["Niveau", "Reden", "Notitie", "Gestart", "Afgerond", "Uitkomst"], c.Escalations.Select(e => (string[])[e.Level.ToString(), e.Reason.ToString(), e.Note ?? "—", dates.DateTime(e.RaisedAt), When(e.ResolvedAt, dates), e.Outcome ?? "—"]));
        Table(html, "Toestemmingen", ["Ontvanger (rol)", "Gegevens", "Gegeven door", "Leeftijd leerling", "Gegeven", "Geldig tot", "Ingetrokken"], c.Consents.Select(t => (string[])[CaseTexts.RoleName(t.Recipient), string.Join(", ", (t.Categories ?? []).Select(CaseTexts.CategoryName)), t.GivenBy.ToString(), t.Age.ToString(), dates.DateTime(t.GivenAt), t.Until.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture), When(t.WithdrawnAt, dates)]));
        Table(html, "Geschiedenis", ["Wanneer", "Wie", "Wat"], c.History.Select(h => (string[])[dates.DateTime(h.At), h.UserId, h.What]));
        Table(html, "Toegangslog", ["Wanneer", "Wie", "Soort"], stored.Meta.AccessLog.Select(a => (string[])[dates.DateTime(a.At), a.UserId, a.Kind.ToString()]));
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string Result(Domain.Cases.Evaluation e) => (e.Scores, e.Progress) switch
    {
        ({ } o, _) => $"uitval {(o.Uitval ? "ja" : "nee")}, doelrealisatie {o.Doelrealisatie}, tevredenheid {o.TevredenheidOuders?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}/{o.TevredenheidLeerling?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}/{o.TevredenheidSchool?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}",
        (_, { } p) => $"uitvoering {p.Uitvoering}, efficiëntie {p.Efficientie}, doelen {p.Doelen}, aansluiting {p.Aansluiting}",
        _ => "—",
    };

    private static string When(DateTimeOffset? value, LocalDates dates) => value is { } at ? dates.DateTime(at) : "—";

    private static void Table(StringBuilder html, string title, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<h2>").Append(HtmlEncode(title)).Append("</h2>\n");
        var list = rows.ToList();
        if (list.Count == 0)
        {
            html.Append("<p>Geen.</p>\n");
            return;
        }

        html.Append("<table><thead><tr>").AppendJoin("", headers.Select(h => $"<th scope=\"col\">{HtmlEncode(h)}</th>")).Append("</tr></thead><tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{HtmlEncode(cell)}</td>")).Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
