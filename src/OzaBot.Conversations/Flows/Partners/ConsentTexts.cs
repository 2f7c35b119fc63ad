using System.Globalization;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>Texts of "toestemming vastleggen", "toestemming intrekken" and the consent lines of "partners".</summary>
internal static class ConsentTexts
{
    public static string Header(bool english) => english ? "Consent:" : "Toestemming:";

    public static string Line(ConsentRecord consent, bool valid, bool english) => english
        ? $"- {CaseTexts.RoleName(consent.Recipient)} may receive {Categories(consent, true)} until {Date(consent.Until, true)} (given by {Giver(consent.GivenBy, true)}){(valid ? "" : " — no longer valid")}"
        : $"- {CaseTexts.RoleName(consent.Recipient)} mag {Categories(consent, false)} ontvangen tot {Date(consent.Until, false)} (gegeven door {Giver(consent.GivenBy, false)}){(valid ? "" : " — niet meer geldig")}";

    public static string AskRecipient(bool english) => english
        ? "Which partner (role) may receive information? Parents, pupil, school and the education partners need no consent."
        : "Welke partner (rol) mag gegevens ontvangen? Ouders, leerling, school en de onderwijspartners hebben geen toestemming nodig.";

    public static string AskCategories(string role, bool english) => english
        ? $"What may the {role} receive? Type numbers or names, e.g. *1 and 2*, or *all*:\n{CategoryList(true)}"
        : $"Wat mag de {role} ontvangen? Typ nummers of namen, bijv. *1 en 2*, of *alles*:\n{CategoryList(false)}";

    public static string CategoriesRetry(bool english) => english
        ? $"Choose one or more numbers, e.g. *1 and 4*, or *all*:\n{CategoryList(true)}"
        : $"Kies een of meer nummers, bijv. *1 en 4*, of *alles*:\n{CategoryList(false)}";

    public static string AskAge(bool english) => english
        ? "How old is the pupil? That decides who gives consent."
        : "Hoe oud is de leerling? Dat bepaalt wie toestemming geeft.";

    public static string AskGiver(PupilAge age, bool english) => english
        ? $"Who gave the consent? {Rule(age, true)}"
        : $"Wie gaf de toestemming? {Rule(age, false)}";

    public static string AskUntil(bool english) => english
        ? "Until when is it valid? E.g. *end of the school year*: type a date such as *31 july*."
        : "Tot wanneer geldt de toestemming? Typ een datum, bijv. *31 juli*.";

    public static string UntilRetry(bool english) => english
        ? "I didn't understand that date. Type e.g. *31 july* or *1-8-2027*."
        : "Die datum begreep ik niet. Typ bijv. *31 juli* of *1-8-2027*.";

    public static string Help(bool english) => english
        ? "Consent records which partner may receive which data, who gave it (by the pupil's age) and until when. Without it OzaBot does not invite that partner to a meeting about the plan. Type **stop** to cancel."
        : "Toestemming legt vast welke partner welke gegevens mag ontvangen, wie het gaf (naar leeftijd van de leerling) en tot wanneer. Zonder toestemming nodigt OzaBot die partner niet uit voor een overleg over het plan. Typ **stop** om te stoppen.";

    public static string Recorded(ConsentRecord consent, bool english) => english
        ? $"Recorded: the {CaseTexts.RoleName(consent.Recipient)} may receive {Categories(consent, true)} until {Date(consent.Until, true)}, consent given by {Giver(consent.GivenBy, true)}. Type **withdraw consent** if it is withdrawn."
        : $"Vastgelegd: de {CaseTexts.RoleName(consent.Recipient)} mag {Categories(consent, false)} ontvangen tot {Date(consent.Until, false)}, toestemming van {Giver(consent.GivenBy, false)}. Typ **toestemming intrekken** als die wordt ingetrokken.";

    public static string NotNeeded(string role, bool english) => english
        ? $"The {role} needs no consent in OzaBot. Choose a care partner, such as the gebiedsteam or the zorgaanbieder."
        : $"Voor de {role} is in OzaBot geen toestemming nodig. Kies een zorgpartner, zoals het gebiedsteam of de zorgaanbieder.";

    public static string StillNeeded(string role, bool english) => english
        ? $"Before the plan is shared with the {role} or they are invited to a meeting, record the consent: type **record consent for {role}**."
        : $"Voordat het plan met de {role} gedeeld wordt of die wordt uitgenodigd voor een overleg: leg toestemming vast met **toestemming vastleggen voor {role}**.";

    public static string AskWhichToWithdraw(bool english) => english ? "Which consent is withdrawn?" : "Welke toestemming wordt ingetrokken?";

    public static string NoneToWithdraw(string code, bool english) => english
        ? $"Case **{code}** has no valid consent to withdraw. Type **partners** to see them all."
        : $"Casus **{code}** heeft geen geldige toestemming om in te trekken. Typ **partners** om ze allemaal te zien.";

    public static string Withdrawn(ConsentRecord consent, bool english) => english
        ? $"Withdrawn: the {CaseTexts.RoleName(consent.Recipient)} may no longer receive {Categories(consent, true)}. OzaBot no longer invites this partner to meetings about the plan; tell the partner yourself."
        : $"Ingetrokken: de {CaseTexts.RoleName(consent.Recipient)} mag {Categories(consent, false)} niet meer ontvangen. OzaBot nodigt deze partner niet meer uit voor een overleg over het plan; laat het de partner zelf weten.";

    public static string Choice(ConsentRecord consent, bool english) =>
        $"{CaseTexts.RoleName(consent.Recipient)}: {Categories(consent, english)} ({(english ? "until" : "tot")} {Date(consent.Until, english)})";

    public static string AgeName(PupilAge age, bool english) => age switch
    {
        PupilAge.Onder12 => english ? "under 12" : "jonger dan 12",
        PupilAge.Van12Tot16 => english ? "12 to 15" : "12 tot 16",
        _ => english ? "16 or older" : "16 of ouder",
    };

    public static string Giver(ConsentGiver giver, bool english) => giver switch
    {
        ConsentGiver.Ouders => english ? "parents" : "ouders",
        ConsentGiver.Leerling => english ? "pupil" : "leerling",
        _ => english ? "parents and pupil together" : "ouders en leerling samen",
    };

    public static string CategoryName(ConsentCategory category, bool english) => !english ? CaseTexts.CategoryName(category) : category switch
    {
        ConsentCategory.Plan => "joint plan",
        ConsentCategory.Opp => "OPP",
        ConsentCategory.VerslagenSchool => "school reports",
        ConsentCategory.GegevensJeugdhulp => "youth care data",
        _ => "medical data",
    };

    private static string Rule(PupilAge age, bool english) => age switch
    {
        PupilAge.Onder12 => english ? "Under 12 the parents give it." : "Onder de 12 geven de ouders die.",
        PupilAge.Van12Tot16 => english ? "From 12 to 16 parents and pupil give it together." : "Van 12 tot 16 geven ouders en leerling die samen.",
        _ => english ? "From 16 the pupil gives it." : "Vanaf 16 geeft de leerling die zelf.",
    };

    private static string Categories(ConsentRecord consent, bool english) => consent.Categories is { Count: > 0 } categories
        ? string.Join(", ", categories.Select(c => CategoryName(c, english)))
        : english ? "(nothing: recorded before data categories existed)" : "(niets: vastgelegd voordat er soorten gegevens waren)";

    private static string CategoryList(bool english) =>
        string.Join("\n", Enum.GetValues<ConsentCategory>().Select((c, i) => $"{i + 1}. {CategoryName(c, english)}"));

    private static string Date(DateOnly date, bool english) =>
        date.ToString("d MMM yyyy", CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL"));
}
