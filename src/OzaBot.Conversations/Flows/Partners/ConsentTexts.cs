using OzaBot.Domain.Vocabulary;
using System.Globalization;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.Partners;

/// <summary>Texts of "toestemming vastleggen", "toestemming intrekken" and the consent lines of "partners".</summary>
internal abstract class ConsentTexts
{
    public static ConsentTexts Dutch { get; } = new DutchTexts();

    public static ConsentTexts English { get; } = new EnglishTexts();

    public static ConsentTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>Who gives consent at <paramref name="age"/> (WGBO, Jeugdwet).</summary>
    protected abstract string Rule(PupilAge age);

    /// <summary>A consent stored before there were data categories covers nothing.</summary>
    protected abstract string NothingCovered { get; }

    protected abstract CultureInfo Culture { get; }

    private string Categories(ConsentRecord consent) => consent.Categories is { Count: > 0 } categories
        ? string.Join(", ", categories.Select(CategoryName))
        : NothingCovered;

    private string CategoryList() =>
        string.Join("\n", Enum.GetValues<ConsentCategory>().Select((c, i) => $"{i + 1}. {CategoryName(c)}"));

    private string Date(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    public abstract string Header { get; }

    public abstract string Line(ConsentRecord consent, bool valid);

    public abstract string AskRecipient { get; }

    public abstract string AskCategories(string role);

    public abstract string CategoriesRetry { get; }

    public abstract string AskAge { get; }

    public abstract string AskGiver(PupilAge age);

    public abstract string AskUntil { get; }

    public abstract string UntilRetry { get; }

    public abstract string Help { get; }

    public abstract string Recorded(ConsentRecord consent);

    public abstract string NotNeeded(string role);

    public abstract string StillNeeded(string role);

    public abstract string AskWhichToWithdraw { get; }

    public abstract string NoneToWithdraw(string code);

    public abstract string Withdrawn(ConsentRecord consent);

    public abstract string Choice(ConsentRecord consent);

    public abstract string AgeName(PupilAge age);

    public abstract string Giver(ConsentGiver giver);

    public abstract string CategoryName(ConsentCategory category);


    private sealed class DutchTexts : ConsentTexts
    {
        protected override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

        protected override string NothingCovered => "(niets: vastgelegd voordat er soorten gegevens waren)";

        protected override string Rule(PupilAge age) => age switch
        {
            PupilAge.Onder12 => "Onder de 12 geven de ouders die.",
            PupilAge.Van12Tot16 => "Van 12 tot 16 geven ouders en leerling die samen.",
            _ => "Vanaf 16 geeft de leerling die zelf.",
        };

        public override string Header => "Toestemming:";

        public override string Line(ConsentRecord consent, bool valid) => $"- {CaseTexts.RoleName(consent.Recipient)} mag {Categories(consent)} ontvangen tot {Date(consent.Until)} (gegeven door {Giver(consent.GivenBy)}){(valid ? "" : " — niet meer geldig")}";

        public override string AskRecipient => "Welke partner (rol) mag gegevens ontvangen? Ouders, leerling, school en de onderwijspartners hebben geen toestemming nodig.";

        public override string AskCategories(string role) => $"Wat mag de {role} ontvangen? Typ nummers of namen, bijv. *1 en 2*, of *alles*:\n{CategoryList()}";

        public override string CategoriesRetry => $"Kies een of meer nummers, bijv. *1 en 4*, of *alles*:\n{CategoryList()}";

        public override string AskAge => "Hoe oud is de leerling? Dat bepaalt wie toestemming geeft.";

        public override string AskGiver(PupilAge age) => $"Wie gaf de toestemming? {Rule(age)}";

        public override string AskUntil => "Tot wanneer geldt de toestemming? Typ een datum, bijv. *31 juli*.";

        public override string UntilRetry => "Die datum begreep ik niet. Typ bijv. *31 juli* of *1-8-2027*.";

        public override string Help => "Toestemming legt vast welke partner welke gegevens mag ontvangen, wie het gaf (naar leeftijd van de leerling) en tot wanneer. Zonder toestemming nodigt OzaBot die partner niet uit voor een overleg over het plan. Typ **stop** om te stoppen.";

        public override string Recorded(ConsentRecord consent) => $"Vastgelegd: de {CaseTexts.RoleName(consent.Recipient)} mag {Categories(consent)} ontvangen tot {Date(consent.Until)}, toestemming van {Giver(consent.GivenBy)}. Typ **toestemming intrekken** als die wordt ingetrokken.";

        public override string NotNeeded(string role) => $"Voor de {role} is in OzaBot geen toestemming nodig. Kies een zorgpartner, zoals het gebiedsteam of de zorgaanbieder.";

        public override string StillNeeded(string role) => $"Voordat het plan met de {role} gedeeld wordt of die wordt uitgenodigd voor een overleg: leg toestemming vast met **toestemming vastleggen voor {role}**.";

        public override string AskWhichToWithdraw => "Welke toestemming wordt ingetrokken?";

        public override string NoneToWithdraw(string code) => $"Casus **{code}** heeft geen geldige toestemming om in te trekken. Typ **partners** om ze allemaal te zien.";

        public override string Withdrawn(ConsentRecord consent) => $"Ingetrokken: de {CaseTexts.RoleName(consent.Recipient)} mag {Categories(consent)} niet meer ontvangen. OzaBot nodigt deze partner niet meer uit voor een overleg over het plan; laat het de partner zelf weten.";

        public override string Choice(ConsentRecord consent) =>
                $"{CaseTexts.RoleName(consent.Recipient)}: {Categories(consent)} ({("tot")} {Date(consent.Until)})";

        public override string AgeName(PupilAge age) => age switch
        {
            PupilAge.Onder12 => "jonger dan 12",
            PupilAge.Van12Tot16 => "12 tot 16",
            _ => "16 of ouder",
        };

        public override string Giver(ConsentGiver giver) => giver switch
        {
            ConsentGiver.Ouders => "ouders",
            ConsentGiver.Leerling => "leerling",
            _ => "ouders en leerling samen",
        };

        public override string CategoryName(ConsentCategory category) => CaseTexts.CategoryName(category);
    }

    private sealed class EnglishTexts : ConsentTexts
    {
        protected override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

        protected override string NothingCovered => "(nothing: recorded before data categories existed)";

        protected override string Rule(PupilAge age) => age switch
        {
            PupilAge.Onder12 => "Under 12 the parents give it.",
            PupilAge.Van12Tot16 => "From 12 to 16 parents and pupil give it together.",
            _ => "From 16 the pupil gives it.",
        };

        public override string Header => "Consent:";

        public override string Line(ConsentRecord consent, bool valid) => $"- {Domain.Guidance.GuidanceTexts.English.RoleName(consent.Recipient)} may receive {Categories(consent)} until {Date(consent.Until)} (given by {Giver(consent.GivenBy)}){(valid ? "" : " — no longer valid")}";

        public override string AskRecipient => "Which partner (role) may receive information? Parents, pupil, school and the education partners need no consent.";

        public override string AskCategories(string role) => $"What may the {role} receive? Type numbers or names, e.g. *1 and 2*, or *all*:\n{CategoryList()}";

        public override string CategoriesRetry => $"Choose one or more numbers, e.g. *1 and 4*, or *all*:\n{CategoryList()}";

        public override string AskAge => "How old is the pupil? That decides who gives consent.";

        public override string AskGiver(PupilAge age) => $"Who gave the consent? {Rule(age)}";

        public override string AskUntil => "Until when is it valid? E.g. *end of the school year*: type a date such as *31 july*.";

        public override string UntilRetry => "I didn't understand that date. Type e.g. *31 july* or *1-8-2027*.";

        public override string Help => "Consent records which partner may receive which data, who gave it (by the pupil's age) and until when. Without it OzaBot does not invite that partner to a meeting about the plan. Type **stop** to cancel.";

        public override string Recorded(ConsentRecord consent) => $"Recorded: the {Domain.Guidance.GuidanceTexts.English.RoleName(consent.Recipient)} may receive {Categories(consent)} until {Date(consent.Until)}, consent given by {Giver(consent.GivenBy)}. Type **withdraw consent** if it is withdrawn.";

        public override string NotNeeded(string role) => $"The {role} needs no consent in OzaBot. Choose a care partner, such as the area team or the care provider.";

        public override string StillNeeded(string role) => $"Before the plan is shared with the {role} or they are invited to a meeting, record the consent: type **record consent for {role}**.";

        public override string AskWhichToWithdraw => "Which consent is withdrawn?";

        public override string NoneToWithdraw(string code) => $"Case **{code}** has no valid consent to withdraw. Type **partners** to see them all.";

        public override string Withdrawn(ConsentRecord consent) => $"Withdrawn: the {Domain.Guidance.GuidanceTexts.English.RoleName(consent.Recipient)} may no longer receive {Categories(consent)}. OzaBot no longer invites this partner to meetings about the plan; tell the partner yourself.";

        public override string Choice(ConsentRecord consent) =>
                $"{Domain.Guidance.GuidanceTexts.English.RoleName(consent.Recipient)}: {Categories(consent)} ({("until")} {Date(consent.Until)})";

        public override string AgeName(PupilAge age) => age switch
        {
            PupilAge.Onder12 => "under 12",
            PupilAge.Van12Tot16 => "12 to 15",
            _ => "16 or older",
        };

        public override string Giver(ConsentGiver giver) => giver switch
        {
            ConsentGiver.Ouders => "parents",
            ConsentGiver.Leerling => "pupil",
            _ => "parents and pupil together",
        };

        public override string CategoryName(ConsentCategory category) => category switch
        {
            ConsentCategory.Plan => "joint plan",
            ConsentCategory.Opp => "OPP",
            ConsentCategory.VerslagenSchool => "school reports",
            ConsentCategory.GegevensJeugdhulp => "youth care data",
            _ => "medical data",
        };
    }
}
