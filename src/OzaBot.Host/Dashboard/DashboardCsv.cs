using System.Text;
using OzaBot.Domain.Cases.Reporting;

namespace OzaBot.Host.Dashboard;

/// <summary>The dashboard's table as CSV (semicolons, as Dutch Excel expects), the same rows the page shows.</summary>
internal static class DashboardCsv
{
    public static string Render(IReadOnlyList<DashboardRow> rows)
    {
        var csv = new StringBuilder("Onderdeel;Categorie;Waarde\r\n");
        foreach (var row in rows)
        {
            csv.Append(Field(row.Figure)).Append(';').Append(Field(row.Category)).Append(';').Append(Field(row.Value)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
