using System.Globalization;
using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// The <c>financing</c> card and the words each financer uses for where its decision stands: a beschikking
/// only at the gemeente (Jeugdwet), an arrangement or TLV at the samenwerkingsverband, a Wlz-indicatie via the
/// CIZ for the zorgkantoor (procesafspraken: Gezamenlijke financiering).
/// </summary>
internal static class FinancingCard
{
    public const string Template = "financing";

    public static JsonObject Data(StoredCase stored, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new JsonObject
        {
            ["caseCode"] = stored.Code,
            ["revision"] = stored.Case.Revision,
            ["today"] = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["financers"] = new JsonArray([.. Enum.GetValues<Financer>().Select(f => (JsonNode)new JsonObject { ["title"] = FinancerName(f), ["value"] = f.ToString() })]),
            ["rows"] = new JsonArray([.. stored.Case.Financing.Select(f => (JsonNode)new JsonObject
            {
                ["id"] = f.Id,
                ["financer"] = FinancerName(f.Financer),
                ["what"] = f.What,
                ["period"] = Period(f),
                ["status"] = StatusName(f.Financer, f.Beschikking),
                ["statusKey"] = f.Beschikking.ToString(),
                ["statusChoices"] = new JsonArray([.. Enum.GetValues<BeschikkingStatus>().Select(s => (JsonNode)new JsonObject { ["title"] = StatusName(f.Financer, s), ["value"] = s.ToString() })]),
            })]),
        };
    }

    /// <summary>What the plan card shows per agreement.</summary>
    public static JsonObject PlanRow(FinancingAgreement f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new JsonObject { ["law"] = FinancerName(f.Financer), ["what"] = f.What, ["financer"] = Period(f), ["status"] = StatusName(f.Financer, f.Beschikking) };
    }

    public static string FinancerName(Financer financer) => financer switch
    {
        Financer.School => "school/schoolbestuur",
        Financer.Samenwerkingsverband => "samenwerkingsverband",
        Financer.Gemeente => "gemeente (Jeugdwet)",
        Financer.Zorgkantoor => "zorgkantoor (Wlz)",
        Financer.Zorgverzekeraar => "zorgverzekeraar (Zvw)",
        Financer.Pgb => "pgb",
        _ => "overig",
    };

    public static string StatusName(Financer financer, BeschikkingStatus status)
    {
        var decision = financer switch
        {
            Financer.Gemeente => "beschikking",
            Financer.Samenwerkingsverband => "arrangement/TLV",
            Financer.Zorgkantoor => "Wlz-indicatie (CIZ)",
            _ => "toezegging",
        };
        return status switch
        {
            BeschikkingStatus.NietNodig => decision + " niet nodig",
            BeschikkingStatus.NogAanvragen => decision + " nog aanvragen",
            BeschikkingStatus.Aangevraagd => decision + " aangevraagd",
            BeschikkingStatus.Afgegeven => decision + (financer == Financer.Gemeente ? " afgegeven" : " toegekend"),
            _ => decision + " afgewezen",
        };
    }

    private static string Period(FinancingAgreement f) =>
        "vanaf " + DutchDates.Date(f.From) + (f.Until is { } until ? " t/m " + DutchDates.Date(until) : "");
}
