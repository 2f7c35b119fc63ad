namespace OzaBot.Conversations.Flows.Gesprekskader;

/// <summary>
/// The current gesprekskader conversation of a chat: which blocks, the notes per question. It belongs to the
/// chat, not to a case: the questions are about the collaboration in the region, its policy and how an oza is
/// set up, not about one pupil (gesprekskader, "Voor wie"). A new "gesprekskader" replaces it.
/// </summary>
internal sealed class GesprekskaderSession
{
    public List<int> Blocks { get; set; } = [];

    /// <summary>Notes by <see cref="Key"/> ("4:2" = block 4, question 2; 1-based).</summary>
    public Dictionary<string, string> Notes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per block, bumped on every change of its notes: a card built from an older version is stale.</summary>
    public Dictionary<int, int> Revisions { get; set; } = [];

    public static string Key(int block, int question) =>
        block.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + question.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public int RevisionOf(int block) => Revisions.GetValueOrDefault(block);

    /// <summary>Sets notes of one block (empty clears) as one change: the block's revision goes up once.</summary>
    public void SetNotes(int block, IEnumerable<(int Question, string? Note)> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        foreach (var (question, note) in notes)
        {
            if (string.IsNullOrWhiteSpace(note))
            {
                Notes.Remove(Key(block, question));
            }
            else
            {
                Notes[Key(block, question)] = note.Trim();
            }
        }

        Revisions[block] = RevisionOf(block) + 1;
    }

    public string NoteOf(int block, int question) => Notes.GetValueOrDefault(Key(block, question)) ?? "";
}
