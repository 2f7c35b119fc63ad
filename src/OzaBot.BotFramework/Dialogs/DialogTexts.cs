namespace OzaBot.BotFramework.Dialogs;

/// <summary>
/// Everything the dialog engine and its prompts say themselves. Dutch first; English when the
/// activity's locale starts with "en". Tests assert on these same instances.
/// </summary>
public sealed class DialogTexts
{
    public static DialogTexts Dutch { get; } = new()
    {
        Cancelled = "Oké, ik ben gestopt. Vraag gerust iets nieuws.",
        Restarting = "Goed, we beginnen opnieuw.",
        DialogChanged = "Dit gesprek is intussen bijgewerkt, dus we beginnen opnieuw.",
        GenericHelp = "Beantwoord de vraag hierboven.",
        HelpCommands = "Typ **stop** om te stoppen of **opnieuw** om opnieuw te beginnen.",
        GiveUp = "Ik begrijp je antwoord helaas niet, dus ik stop hier. Begin gerust opnieuw wanneer je wilt.",
        AlreadyAnswered = "Deze vraag is al beantwoord, dus ik heb je antwoord niet gebruikt. Kijk hierboven naar de volgende vraag.",
        TextRetry = "Typ je antwoord als tekst.",
        ConfirmRetry = "Antwoord met ja of nee.",
        SignInRetry = "Meld je aan met de knop, of typ **nee**.",
        ChoiceRetry = "Kies een van de opties: typ het nummer of de naam.",
        ChoiceAmbiguous = "Welke bedoel je precies?",
        DateTimeRetry = "Die datum of tijd herken ik niet. Typ bijvoorbeeld 'morgen 10:00', '12 maart' of 'volgende week dinsdag 14:00'.",
        CardRetry = "Vul de kaart in en klik op de knop, of typ je antwoord.",
        CardReceived = "Ontvangen, dank je.",
        Yes = "Ja",
        No = "Nee",
    };

    public static DialogTexts English { get; } = new()
    {
        Cancelled = "OK, I've stopped. Feel free to ask something new.",
        Restarting = "OK, let's start over.",
        DialogChanged = "This conversation was updated in the meantime, so let's start over.",
        GenericHelp = "Please answer the question above.",
        HelpCommands = "Type **stop** to stop or **restart** to start over.",
        GiveUp = "Sorry, I don't understand your answer, so I'll stop here. Feel free to start again whenever you like.",
        AlreadyAnswered = "This question was already answered, so your answer was not used. See the next question above.",
        TextRetry = "Please type your answer as text.",
        ConfirmRetry = "Please answer yes or no.",
        SignInRetry = "Sign in with the button, or type **no**.",
        ChoiceRetry = "Please pick one of the options: type its number or name.",
        ChoiceAmbiguous = "Which one do you mean?",
        DateTimeRetry = "I don't recognize that date or time. Type for example 'tomorrow 10am', '12 March' or 'next tuesday 2pm'.",
        CardRetry = "Fill in the card and press the button, or type your answer.",
        CardReceived = "Received, thank you.",
        Yes = "Yes",
        No = "No",
    };

    public required string Cancelled { get; init; }

    public required string Restarting { get; init; }

    public required string DialogChanged { get; init; }

    public required string GenericHelp { get; init; }

    public required string HelpCommands { get; init; }

    public required string GiveUp { get; init; }

    /// <summary>Two people answered one question at the same moment: the second answer is not applied to the next question.</summary>
    public required string AlreadyAnswered { get; init; }

    public required string TextRetry { get; init; }

    public required string ConfirmRetry { get; init; }

    public required string SignInRetry { get; init; }

    public required string ChoiceRetry { get; init; }

    public required string ChoiceAmbiguous { get; init; }

    public required string DateTimeRetry { get; init; }

    public required string CardRetry { get; init; }

    public required string CardReceived { get; init; }

    public required string Yes { get; init; }

    public required string No { get; init; }

    public static DialogTexts For(string? locale) => Builder.BotFrameworkTexts.IsEnglish(locale) ? English : Dutch;
}
