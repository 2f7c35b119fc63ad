using OzaBot.Domain.Vocabulary;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Conversations.Flows.Gesprekskader;

/// <summary>The gesprekskader flow's texts, Dutch first.</summary>
internal abstract class GesprekskaderTexts
{
    public static GesprekskaderTexts Dutch { get; } = new DutchTexts();

    public static GesprekskaderTexts English { get; } = new EnglishTexts();

    public static GesprekskaderTexts In(Language language) => language == Language.English ? English : Dutch;

    /// <summary>Notes are shown to the whole group in the summary, so they stay short.</summary>
    public const int MaxNoteLength = 500;

    public static readonly string[] Skip = ["overslaan", "skip", "sla over", "-", "geen", "none"];

    public abstract string ChooseBlocks(ConversationFramework framework);

    public abstract string TooMany(ConversationFramework framework);

    public abstract string NoBlockFound(int count);

    public abstract string PrivacyWarning { get; }

    public abstract string BlockIntro(ConversationBlock block);

    public abstract string AskNote(int number, int count, string question);

    public abstract string NoteHelp { get; }

    public abstract string TooLong { get; }

    public abstract string Summary(int notes);

    public abstract string CardIntro { get; }

    public abstract string NoSession { get; }

    public abstract string Stale { get; }

    public abstract string Saved(int block);

    public abstract string Help { get; }

    private sealed class DutchTexts : GesprekskaderTexts
    {
        public override string Help => "Het gesprekskader helpt jullie samen over de kwaliteit van het arrangement te praten. Kies hooguit twee blokken; " +
        "bij elke vraag kun je een korte aantekening maken of **overslaan** typen.";

        public override string ChooseBlocks(ConversationFramework framework) =>
            (
                  "**Gesprekskader** — vragen voor professionals, beleidsmakers en bestuurders over de samenwerking in de regio, het beleid en het opzetten van een oza; " +
                  $"het werkt het best met alle samenwerkingspartners samen. Het gaat niet over één leerling. Kies hooguit {framework.MaxBlocksPerConversation} blokken (bijvoorbeeld **4** of **4 en 6**):\n")
            + string.Join('\n', framework.Blocks.Select(b => $"{b.Number}. {b.Title} — {b.Question}"))
            + "\n_" + framework.Rule.Text + "_";

        public override string TooMany(ConversationFramework framework) =>
            RefusalTexts.Dutch.Say(Refusals.TooManyBlocks(framework.MaxBlocksPerConversation), ProcessCatalogue.Default) + " " + framework.Rule.Text + $" Welke {framework.MaxBlocksPerConversation} kiezen jullie?";

        public override string NoBlockFound(int count) => $"Typ de nummers van een of twee blokken (1 tot en met {count}), bijvoorbeeld **4 en 6**.";

        public override string PrivacyWarning => "Je aantekeningen komen in de samenvatting voor iedereen in dit gesprek: schrijf **geen namen**, BSN of diagnoses en houd ze kort. Typ **overslaan** om een vraag over te slaan.";

        public override string BlockIntro(ConversationBlock block) => $"**Blok {block.Number}: {block.Title}** — {block.Question}";

        public override string AskNote(int number, int count, string question) => $"Vraag {number} van {count}: **{question}**\nJe aantekening (kort), of **overslaan**.";

        public override string NoteHelp => "Schrijf in een of twee zinnen wat jullie afspreken of willen uitzoeken, zonder namen. Of typ **overslaan**.";

        public override string TooLong => $"Houd de aantekening kort: hooguit {MaxNoteLength} tekens.";

        public override string Summary(int notes) => $"**Samenvatting gesprekskader** ({notes} aantekeningen). Bewaar deze kaarten: je kunt de aantekeningen aanpassen en opslaan.";

        public override string CardIntro => "Jullie aantekeningen uit dit gesprek. Iedereen in dit gesprek ziet ze: geen namen.";

        public override string NoSession => "Dit gesprekskader is hier niet meer actief. Typ **gesprekskader** om opnieuw te beginnen.";

        public override string Stale => "Iemand heeft deze aantekeningen intussen gewijzigd. Er is niets opgeslagen; hier zijn de actuele aantekeningen.";

        public override string Saved(int block) => $"Aantekeningen van blok {block} opgeslagen.";
    }

    private sealed class EnglishTexts : GesprekskaderTexts
    {
        public override string Help => "The conversation framework helps you talk together about the quality of the arrangement. Choose at most two blocks; " +
        "at each question you can make a short note or type **skip**.";

        public override string ChooseBlocks(ConversationFramework framework) =>
            (
                  "**Gesprekskader** — questions for professionals, policy makers and boards about the collaboration in the region, policy and setting up an oza; " +
                  $"it works best with all partners together. It is not about one pupil. Pick at most {framework.MaxBlocksPerConversation} blocks (e.g. **4** or **4 and 6**):\n")
            + string.Join('\n', framework.Blocks.Select(b => $"{b.Number}. {b.Title} — {b.Question}"))
            + "\n_" + framework.Rule.Text + "_";

        public override string TooMany(ConversationFramework framework) =>
            $"Let's keep it to {framework.MaxBlocksPerConversation} blocks: there are many questions, and the handreiking advises at most {framework.MaxBlocksPerConversation} per conversation. It is about the conversation, not about answering everything. Which {framework.MaxBlocksPerConversation} do you choose?";

        public override string NoBlockFound(int count) => $"Type the numbers of one or two blocks (1 to {count}), e.g. **4 and 6**.";

        public override string PrivacyWarning => "Your notes appear in the summary for everyone in this chat: write **no names**, BSN or diagnoses, and keep them short. Type **skip** to skip a question.";

        public override string BlockIntro(ConversationBlock block) => $"**Block {block.Number}: {block.Title}** — {block.Question}";

        public override string AskNote(int number, int count, string question) => $"Question {number} of {count}: **{question}**\nYour note (short), or **skip**.";

        public override string NoteHelp => "Write what you agreed or want to find out, in a sentence or two, without names. Or type **skip**.";

        public override string TooLong => $"Keep the note short: at most {MaxNoteLength} characters.";

        public override string Summary(int notes) => $"**Summary of the gesprekskader** ({notes} notes). Keep these cards: you can adjust the notes and save them.";

        public override string CardIntro => "Your notes from this conversation. Everyone in this chat sees them: no names.";

        public override string NoSession => "This gesprekskader is no longer active here. Type **gesprekskader** to start again.";

        public override string Stale => "Someone changed these notes since this card was made. Nothing was saved; here are the current notes.";

        public override string Saved(int block) => $"Notes of block {block} saved.";
    }
}
