namespace OzaBot.Conversations.Cases;

/// <summary>OzaBot's part of conversation state: the cases linked to this conversation and which one is active.</summary>
public sealed class ConversationData
{
    public List<string> CaseCodes { get; set; } = [];

    public string? ActiveCaseCode { get; set; }

    /// <summary>The language this conversation asked for ("english" / "nederlands"); null is Dutch, whatever the client's locale.</summary>
    public string? Language { get; set; }

    /// <summary>Teams announces an installation twice (installationUpdate and conversationUpdate): welcome once.</summary>
    public bool Welcomed { get; set; }

    /// <summary>"herinneringen uit": no reminders in this conversation until "herinneringen aan".</summary>
    public bool RemindersOff { get; set; }

    /// <summary>"overzicht op donderdag": the day of this conversation's weekly overview; null is the configured day.</summary>
    public DayOfWeek? OverviewDay { get; set; }

    /// <summary>The conversation reference last published for the reminder job (published again only when it changes).</summary>
    public Reminders.ConversationReference? Reference { get; set; }

    public void Link(string code)
    {
        if (!CaseCodes.Contains(code, StringComparer.Ordinal))
        {
            CaseCodes.Add(code);
        }

        ActiveCaseCode = code;
    }

    public void Unlink(string code)
    {
        CaseCodes.Remove(code);
        if (ActiveCaseCode == code)
        {
            ActiveCaseCode = CaseCodes.Count == 1 ? CaseCodes[0] : null;
        }
    }
}
