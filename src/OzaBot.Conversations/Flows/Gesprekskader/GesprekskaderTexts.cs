using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Gesprekskader;

/// <summary>The gesprekskader flow's texts, Dutch first.</summary>
internal static class GesprekskaderTexts
{
    /// <summary>Notes are shown to the whole group in the summary, so they stay short.</summary>
    public const int MaxNoteLength = 500;

    public const string Help = "Het gesprekskader helpt jullie samen over de kwaliteit van het arrangement te praten. Kies hooguit twee blokken; " +
        "bij elke vraag kun je een korte aantekening maken of **overslaan** typen.";

    public const string HelpEnglish = "The conversation framework helps you talk together about the quality of the arrangement. Choose at most two blocks; " +
        "at each question you can make a short note or type **skip**.";

    public static string ChooseBlocks(bool english, ConversationFramework framework) =>
        (english
            ? "**Gesprekskader** — questions for professionals, policy makers and boards about the collaboration in the region, policy and setting up an oza; " +
              $"it works best with all partners together. It is not about one pupil. Pick at most {framework.MaxBlocksPerConversation} blocks (e.g. **4** or **4 and 6**):\n"
            : "**Gesprekskader** — vragen voor professionals, beleidsmakers en bestuurders over de samenwerking in de regio, het beleid en het opzetten van een oza; " +
              $"het werkt het best met alle samenwerkingspartners samen. Het gaat niet over één leerling. Kies hooguit {framework.MaxBlocksPerConversation} blokken (bijvoorbeeld **4** of **4 en 6**):\n")
        + string.Join('\n', framework.Blocks.Select(b => $"{b.Number}. {b.Title} — {b.Question}"))
        + "\n_" + framework.Rule.Text + "_";

    public static string TooMany(bool english, ConversationFramework framework) => english
        ? $"Let's keep it to {framework.MaxBlocksPerConversation} blocks: there are many questions, and the handreiking advises at most {framework.MaxBlocksPerConversation} per conversation. It is about the conversation, not about answering everything. Which {framework.MaxBlocksPerConversation} do you choose?"
        : RefusalTexts.Dutch.Say(Refusals.TooManyBlocks(framework.MaxBlocksPerConversation), ProcessCatalogue.Default) + " " + framework.Rule.Text + $" Welke {framework.MaxBlocksPerConversation} kiezen jullie?";

    public static string NoBlockFound(bool english, int count) => english
        ? $"Type the numbers of one or two blocks (1 to {count}), e.g. **4 and 6**."
        : $"Typ de nummers van een of twee blokken (1 tot en met {count}), bijvoorbeeld **4 en 6**.";

    public static string PrivacyWarning(bool english) => english
        ? "Your notes appear in the summary for everyone in this chat: write **no names**, BSN or diagnoses, and keep them short. Type **skip** to skip a question."
        : "Je aantekeningen komen in de samenvatting voor iedereen in dit gesprek: schrijf **geen namen**, BSN of diagnoses en houd ze kort. Typ **overslaan** om een vraag over te slaan.";

    public static string BlockIntro(bool english, ConversationBlock block) => english
        ? $"**Block {block.Number}: {block.Title}** — {block.Question}"
        : $"**Blok {block.Number}: {block.Title}** — {block.Question}";

    public static string AskNote(bool english, int number, int count, string question) => english
        ? $"Question {number} of {count}: **{question}**\nYour note (short), or **skip**."
        : $"Vraag {number} van {count}: **{question}**\nJe aantekening (kort), of **overslaan**.";

    public static string NoteHelp(bool english) => english
        ? "Write what you agreed or want to find out, in a sentence or two, without names. Or type **skip**."
        : "Schrijf in een of twee zinnen wat jullie afspreken of willen uitzoeken, zonder namen. Of typ **overslaan**.";

    public static string TooLong(bool english) => english
        ? $"Keep the note short: at most {MaxNoteLength} characters."
        : $"Houd de aantekening kort: hooguit {MaxNoteLength} tekens.";

    public static string Summary(bool english, int notes) => english
        ? $"**Summary of the gesprekskader** ({notes} notes). Keep these cards: you can adjust the notes and save them."
        : $"**Samenvatting gesprekskader** ({notes} aantekeningen). Bewaar deze kaarten: je kunt de aantekeningen aanpassen en opslaan.";

    public static string CardIntro(bool english) => english
        ? "Your notes from this conversation. Everyone in this chat sees them: no names."
        : "Jullie aantekeningen uit dit gesprek. Iedereen in dit gesprek ziet ze: geen namen.";

    public static string NoSession(bool english) => english
        ? "This gesprekskader is no longer active here. Type **gesprekskader** to start again."
        : "Dit gesprekskader is hier niet meer actief. Typ **gesprekskader** om opnieuw te beginnen.";

    public static string Stale(bool english) => english
        ? "Someone changed these notes since this card was made. Nothing was saved; here are the current notes."
        : "Iemand heeft deze aantekeningen intussen gewijzigd. Er is niets opgeslagen; hier zijn de actuele aantekeningen.";

    public static string Saved(bool english, int block) => english
        ? $"Notes of block {block} saved."
        : $"Aantekeningen van blok {block} opgeslagen.";

    public static readonly string[] Skip = ["overslaan", "skip", "sla over", "-", "geen", "none"];
}
