using System.Globalization;
using System.Text.Json.Nodes;
using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Flows.Cases;

/// <summary>
/// The <c>plan-agree</c> form: everything the joint plan holds, prefilled from the last agreed version (or
/// sensible defaults), and how its submit is read back into a <see cref="JointPlanDraft"/>.
/// </summary>
internal static class JointPlanCard
{
    public const string Template = "plan-agree";

    /// <summary>The roles that provide support, in the order the form offers them.</summary>
    private static readonly PartnerRole[] Providers =
    [
        PartnerRole.School, PartnerRole.Zorgaanbieder, PartnerRole.Gebiedsteam, PartnerRole.Samenwerkingsverband,
        PartnerRole.Ouders, PartnerRole.Onderwijsconsulent, PartnerRole.Leerplicht, PartnerRole.Overig,
    ];

    public static JsonObject Data(StoredCase stored, ProcessCatalogue catalogue, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(catalogue);
        var c = stored.Case;
        var last = c.PlanVersions.Count > 0 ? c.PlanVersions[^1].Content : null;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var roles = Domain.Guidance.GuidanceTexts.In(catalogue.Language);
        return new JsonObject
        {
            ["caseCode"] = stored.Code,
            ["revision"] = c.Revision,
            ["version"] = c.PlanVersions.Count + 1,
            ["procesregisseur"] = c.Procesregisseur is { } p ? roles.RoleName(p.Role) + (p.Label is { Length: > 0 } label ? " (" + label + ")" : "") : CardDataTexts.In(catalogue.Language).NotAppointed,
            ["goalChoices"] = new JsonArray([.. catalogue.Vocabularies.Goals.Select(g => (JsonNode)new JsonObject { ["title"] = g.Name, ["value"] = g.Id })]),
            ["doelstellingen"] = string.Join(',', (last?.Doelstellingen ?? c.Goals).Select(g => g.ToString().ToLowerInvariant())),
            ["doelen"] = string.Join('\n', last?.Doelen ?? []),
            ["aspects"] = new JsonArray([.. Enum.GetValues<SupportAspect>().Select(a => (JsonNode)new JsonObject
            {
                ["key"] = a.ToString(),
                ["name"] = AspectName(a, catalogue.Language),
                ["what"] = last?.Support.FirstOrDefault(s => s.Aspect == a)?.What ?? "",
                ["who"] = (last?.Support.FirstOrDefault(s => s.Aspect == a)?.Who ?? DefaultProvider(a)).ToString(),
            })]),
            ["roleChoices"] = new JsonArray([.. Providers.Select(r => (JsonNode)new JsonObject { ["title"] = roles.RoleName(r), ["value"] = r.ToString() })]),
            ["from"] = Iso(last?.From ?? today),
            ["until"] = Iso(last?.Until ?? today.AddMonths(6)),
            ["firstEvaluation"] = Iso(c.NextEvaluationAt is { } next && next > now ? DateOnly.FromDateTime(next.UtcDateTime) : today.AddDays(42)),
            ["rhythm"] = (last?.EvaluationEveryWeeks ?? 8).ToString(CultureInfo.InvariantCulture),
            ["returnToSchool"] = (last?.ReturnToSchool ?? true) ? "true" : "false",
            ["familyView"] = last?.FamilyView ?? "",
            ["agreedBy"] = (last?.AgreedBy ?? ConsentGiver.OudersEnLeerling).ToString(),
        };
    }

    /// <summary>Reads the form; the dates are taken as 09:00 on that day in the configured time zone.</summary>
    public static JointPlanDraft? Read(SubmitReader reader, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var goals = (reader.Required("doelstellingen", 200, "Doelstelling(en)") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => Enum.TryParse<OzaGoal>(g, ignoreCase: true, out var goal) ? goal : (OzaGoal?)null)
            .ToList();
        var doelen = (reader.Required("doelen", 1000, "Concrete doelen") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var support = Enum.GetValues<SupportAspect>()
            .Select(a => (Aspect: a, What: reader.Optional("support-" + a, 200, AspectName(a, Language.Dutch)), Who: reader.Enum<PartnerRole>("who-" + a, "Wie: " + AspectName(a, Language.Dutch))))
            .Where(s => s.What is not null && s.Who is not null)
            .Select(s => new PlanSupport(s.Aspect, s.What!, s.Who!.Value))
            .ToList();
        var from = reader.Date("from", "Plan loopt van");
        var until = reader.Date("until", "Plan loopt tot en met");
        var first = reader.Date("firstEvaluation", "Volgende evaluatie op");
        var rhythm = reader.WholeNumber("rhythm", 1, 52, "Daarna evalueren elke");
        var returnToSchool = reader.Toggle("returnToSchool", "Terugkeer naar school");
        var familyView = reader.Optional("familyView", 200, "Hun kijk");
        var agreedBy = reader.Enum<ConsentGiver>("agreedBy", "Akkoord gegeven door");
        if (goals.Contains(null) || from is null || until is null || first is null || rhythm is null || agreedBy is null)
        {
            return null;
        }

        return new JointPlanDraft([.. goals.Select(g => g!.Value)], support, doelen, from.Value, until.Value,
            MorningOf(first.Value, zone), rhythm.Value, returnToSchool, familyView, agreedBy.Value);
    }

    public static string AspectName(SupportAspect aspect, Language language) => language == Language.English
        ? aspect switch
        {
            SupportAspect.Didactisch => "Didactic",
            SupportAspect.SociaalEmotioneel => "Social-emotional",
            SupportAspect.Communicatie => "Communication",
            SupportAspect.FysiekMedisch => "Physical/medical",
            _ => "Home and surroundings",
        }
        : aspect switch
        {
            SupportAspect.Didactisch => "Didactisch",
            SupportAspect.SociaalEmotioneel => "Sociaal-emotioneel",
            SupportAspect.Communicatie => "Communicatie",
            SupportAspect.FysiekMedisch => "Fysiek/medisch",
            _ => "Thuis en omgeving",
        };

    private static PartnerRole DefaultProvider(SupportAspect aspect) => aspect switch
    {
        SupportAspect.SociaalEmotioneel or SupportAspect.FysiekMedisch => PartnerRole.Zorgaanbieder,
        SupportAspect.ThuisEnOmgeving => PartnerRole.Gebiedsteam,
        _ => PartnerRole.School,
    };

    private static DateTimeOffset MorningOf(DateOnly day, TimeZoneInfo zone)
    {
        var nine = day.ToDateTime(new TimeOnly(9, 0));
        return new DateTimeOffset(nine, zone.GetUtcOffset(nine));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
