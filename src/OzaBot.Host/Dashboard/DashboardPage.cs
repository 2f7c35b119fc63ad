using System.Globalization;
using System.Net;
using System.Text;
using OzaBot.Domain.Cases.Reporting;

namespace OzaBot.Host.Dashboard;

/// <summary>
/// The dashboard as one self-contained Dutch HTML page (no script, no external file): a school-year and organisation filter,
/// one table per figure with a bar drawn in SVG beside each count (the number is the text alternative), the
/// CSV link, and what the page leaves out. Light or dark as Teams passes it (<c>?theme=</c>), else as the device prefers.
/// </summary>
internal static class DashboardPage
{
    private const string Style = """
        :root{color-scheme:light dark;--text:#1b1b1b;--page:#fff;--soft:#f2f5f5;--bar:#1f6f78;--link:#1f6f78}
        @media (prefers-color-scheme:dark){:root:not(.light){--text:#ececec;--page:#151718;--soft:#23282a;--bar:#7fd0d8;--link:#7fd0d8}}
        :root.dark{color-scheme:dark;--text:#ececec;--page:#151718;--soft:#23282a;--bar:#7fd0d8;--link:#7fd0d8}
        :root.light{color-scheme:light}
        body{margin:0 auto;max-width:48rem;padding:1rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--text);background:var(--page)}
        h1{font-size:1.5rem;line-height:1.25}
        h2{font-size:1.1rem;margin:1.75rem 0 .5rem}
        a{color:var(--link)}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--soft);vertical-align:middle}
        td.value{text-align:right;white-space:nowrap;width:4rem}
        td.bar{width:40%}
        svg{display:block;width:100%;height:.9rem}
        rect{fill:var(--bar)}
        form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
        select,button{font:inherit;padding:.25rem .5rem}
        a:focus,select:focus,button:focus{outline:3px solid var(--bar);outline-offset:2px}
        .note{background:var(--soft);padding:.75rem 1rem;border-radius:4px}
        """;

    public static string Render(DashboardData.Figures figures, string? theme)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <p class="note">Alleen totalen: geen zaakcodes, geen namen, geen vrije tekst. Een groep van minder dan {DashboardFigures.MinimumGroupSize} zaken
            staat er als &quot;{Encode(DashboardFigures.SmallCell)}&quot; of is samengevoegd met andere. Ook zaken die na de bewaartermijn zijn verwijderd tellen mee.</p>
            {Filter(figures, theme)}
            """);
        foreach (var figure in figures.Rows.GroupBy(r => r.Figure))
        {
            body.Append(Table(figure.Key, [.. figure]));
        }

        body.Append(CultureInfo.InvariantCulture, $"""<p><a href="{Encode(DashboardEndpoints.CsvRoute + Query(figures))}" download>Download deze tabel als CSV</a></p>""");
        var title = (figures.SchoolYear is null ? "alle schooljaren" : "schooljaar " + figures.SchoolYear) + (figures.Region is null ? string.Empty : ", " + figures.Region);
        return Document(theme, string.Empty, $"""
            <main>
            <h1>Procesdashboard {Encode(title)}</h1>
            {body}
            </main>
            """);
    }

    /// <summary>The page around <paramref name="body"/>: Dutch, the theme Teams passed, the style, and <paramref name="head"/> (scripts).</summary>
    public static string Document(string? theme, string head, string body)
    {
        var themeClass = theme is "dark" or "light" ? $" class=\"{theme}\"" : string.Empty;
        return $$"""
            <!DOCTYPE html>
            <html lang="nl"{{themeClass}}>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Procesdashboard OZA</title>
            <style>
            {{Style}}
            </style>
            {{head}}
            </head>
            <body>
            {{body}}
            </body>
            </html>
            """;
    }

    private static string Filter(DashboardData.Figures figures, string? theme)
    {
        var themeField = theme is null ? string.Empty : $"<input type=\"hidden\" name=\"theme\" value=\"{Encode(theme)}\">";
        var regions = figures.Regions.Count == 0 ? string.Empty : Select("organisatie", "Organisatie", "Alle organisaties", figures.Regions, figures.Region);
        return $"""
            <form method="get" action="{DashboardEndpoints.Route}">
            {Select("schooljaar", "Schooljaar", "Alle schooljaren", figures.SchoolYears, figures.SchoolYear)}
            {regions}
            {themeField}<button type="submit">Toon</button>
            </form>
            """;
    }

    private static string Select(string name, string label, string all, IReadOnlyList<string> values, string? chosen)
    {
        var options = new StringBuilder("<option value=\"\">" + Encode(all) + "</option>");
        foreach (var value in values)
        {
            var selected = value == chosen ? " selected" : string.Empty;
            options.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(value)}\"{selected}>{Encode(value)}</option>");
        }

        return $"<label for=\"{name}\">{Encode(label)}</label> <select id=\"{name}\" name=\"{name}\">{options}</select>";
    }

    private static string Table(string figure, IReadOnlyList<DashboardRow> rows)
    {
        var max = rows.Select(r => int.TryParse(r.Value, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(figure)}</h2><table><thead><tr><th scope=\"col\">Categorie</th><th scope=\"col\">Waarde</th><th scope=\"col\">Grafiek</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Encode(row.Category)}</th><td class=\"value\">{Encode(row.Value)}</td><td class=\"bar\">{Bar(row, max)}</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A bar as wide as the value's share of the figure's largest; none for a small cell.</summary>
    private static string Bar(DashboardRow row, int max)
    {
        if (max == 0 || !int.TryParse(row.Value, CultureInfo.InvariantCulture, out var value))
        {
            return string.Empty;
        }

        var width = (100.0 * value / max).ToString("0.#", CultureInfo.InvariantCulture);
        return $"""<svg role="img" aria-label="{Encode(row.Category)}: {Encode(row.Value)}" viewBox="0 0 100 10" preserveAspectRatio="none"><rect width="{width}" height="10"/></svg>""";
    }

    private static string Query(DashboardData.Figures figures)
    {
        var parts = new List<string>();
        if (figures.SchoolYear is { } year)
        {
            parts.Add("schooljaar=" + Uri.EscapeDataString(year));
        }

        if (figures.Region is { } region)
        {
            parts.Add("organisatie=" + Uri.EscapeDataString(region));
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
