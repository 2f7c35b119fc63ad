using System.Globalization;
using System.Text.Json.Nodes;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// The <c>financing</c> card and the words each financer uses for where its decision stands: a beschikking
/// only at the gemeente (Jeugdwet), an arrangement or TLV at the samenwerkingsverband, a Wlz-indicatie via the
/// CIZ for the zorgkantoor (procesafspraken: Gezamenlijke financiering).
/// </summary>
internal static class FinancingCard
{
    public const string Template = "financing";

    public static JsonObject Data(StoredCase stored, DateTimeOffset now, LocalDates dates)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var t = FinancingTexts.In(dates.Language);
        return new JsonObject
        {
            ["caseCode"] = stored.Code,
            ["revision"] = stored.Case.Revision,
            ["today"] = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["financers"] = new JsonArray([.. Enum.GetValues<Financer>().Select(f => (JsonNode)new JsonObject { ["title"] = t.FinancerName(f), ["value"] = f.ToString() })]),
            ["rows"] = new JsonArray([.. stored.Case.Financing.Select(f => (JsonNode)new JsonObject
            {
                ["id"] = f.Id,
                ["financer"] = t.FinancerName(f.Financer),
                ["what"] = f.What,
                ["period"] = t.Period(f, dates),
                ["status"] = t.StatusName(f.Financer, f.Beschikking),
                ["statusKey"] = f.Beschikking.ToString(),
                ["statusChoices"] = new JsonArray([.. Enum.GetValues<BeschikkingStatus>().Select(s => (JsonNode)new JsonObject { ["title"] = t.StatusName(f.Financer, s), ["value"] = s.ToString() })]),
            })]),
        };
    }

    /// <summary>What the plan card shows per agreement.</summary>
    public static JsonObject PlanRow(FinancingAgreement f, LocalDates dates)
    {
        ArgumentNullException.ThrowIfNull(f);
        var t = FinancingTexts.In(dates.Language);
        return new JsonObject { ["law"] = t.FinancerName(f.Financer), ["what"] = f.What, ["financer"] = t.Period(f, dates), ["status"] = t.StatusName(f.Financer, f.Beschikking) };
    }
}

/// <summary>What the financing flow and card say, one catalogue per language, in each financer's own words.</summary>
internal abstract class FinancingTexts
{
    public static FinancingTexts In(Language language) => language == Language.English ? EnglishTexts.Instance : DutchTexts.Instance;

    public abstract string CardComing { get; }

    public abstract string Intro(bool planAgreed);

    public abstract string Saved(string code);

    public abstract string FinancerName(Financer financer);

    public abstract string Period(FinancingAgreement f, LocalDates dates);

    public abstract string StatusName(Financer financer, BeschikkingStatus status);

    private sealed class DutchTexts : FinancingTexts
    {
        public static readonly DutchTexts Instance = new();

        public override string CardComing => "De financiering staat hieronder.";

        public override string Intro(bool planAgreed) => planAgreed
            ? "Leg per financier vast wat die betaalt, vanaf wanneer en tot wanneer, en waar de aanvraag staat."
            : "Breng eerst de financieringsmogelijkheden in kaart (NJi stap 3). Een beschikking van de gemeente komt pas als het gezamenlijk plan is vastgesteld.";

        public override string Saved(string code) => $"✓ Financiering van {code} opgeslagen; het plan is bijgewerkt.";

        public override string FinancerName(Financer financer) => financer switch
        {
            Financer.School => "school/schoolbestuur",
            Financer.Samenwerkingsverband => "samenwerkingsverband",
            Financer.Gemeente => "gemeente (Jeugdwet)",
            Financer.Zorgkantoor => "zorgkantoor (Wlz)",
            Financer.Zorgverzekeraar => "zorgverzekeraar (Zvw)",
            Financer.Pgb => "pgb",
            _ => "overig",
        };

        public override string Period(FinancingAgreement f, LocalDates dates) =>
            "vanaf " + dates.Date(f.From) + (f.Until is { } until ? " t/m " + dates.Date(until) : "");

        public override string StatusName(Financer financer, BeschikkingStatus status)
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
    }

    private sealed class EnglishTexts : FinancingTexts
    {
        public static readonly EnglishTexts Instance = new();

        public override string CardComing => "The funding is below.";

        public override string Intro(bool planAgreed) => planAgreed
            ? "Record per funder what it pays for, from when until when, and where the application stands."
            : "First map the funding options (NJi step 3). A beschikking (decision) from the municipality only comes once the joint plan is agreed.";

        public override string Saved(string code) => $"✓ Funding of {code} saved; the plan has been updated.";

        public override string FinancerName(Financer financer) => financer switch
        {
            Financer.School => "school/school board",
            Financer.Samenwerkingsverband => "samenwerkingsverband",
            Financer.Gemeente => "municipality (Jeugdwet)",
            Financer.Zorgkantoor => "zorgkantoor (Wlz)",
            Financer.Zorgverzekeraar => "health insurer (Zvw)",
            Financer.Pgb => "personal budget (pgb)",
            _ => "other",
        };

        public override string Period(FinancingAgreement f, LocalDates dates) =>
            "from " + dates.Date(f.From) + (f.Until is { } until ? " to " + dates.Date(until) : "");

        public override string StatusName(Financer financer, BeschikkingStatus status)
        {
            var decision = financer switch
            {
                Financer.Gemeente => "beschikking",
                Financer.Samenwerkingsverband => "arrangement/TLV",
                Financer.Zorgkantoor => "Wlz assessment (CIZ)",
                _ => "commitment",
            };
            return status switch
            {
                BeschikkingStatus.NietNodig => decision + " not needed",
                BeschikkingStatus.NogAanvragen => decision + " still to apply for",
                BeschikkingStatus.Aangevraagd => decision + " applied for",
                BeschikkingStatus.Afgegeven => decision + (financer == Financer.Gemeente ? " issued" : " granted"),
                _ => decision + " refused",
            };
        }
    }
}
