using OzaBot.BotFramework.Cards;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Scheduling;

namespace OzaBot.Conversations.Routing;

/// <summary>The services nearly every flow needs; a flow that needs more takes it in its constructor.</summary>
public sealed record OzaServices(
    CaseStore Cases,
    ProcessCatalogue Catalogue,
    NextStepEngine NextSteps,
    CardTemplateLibrary Cards,
    TimeProvider Time,
    RetentionOptions Retention,
    RegionTime Region)
{
    /// <summary>What OzaBot tells users about when a closed case goes: the real purge date of the retention job.</summary>
    public string PurgeNotice(StoredCase stored, Language language)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var date = Retention.PurgeDate(stored.Case.ClosedAt ?? Time.GetUtcNow());
        return language == Language.English
            ? $"Everything in this case is removed automatically on {new Flows.Cases.LocalDates(Region, language).Date(date)} ({Retention.ClosedCaseDays} days after closing); after that only anonymous counts remain."
            : $"Alles van deze casus wordt op {new Flows.Cases.LocalDates(Region, language).Date(date)} automatisch verwijderd ({Retention.ClosedCaseDays} dagen na het sluiten); daarna blijven alleen anonieme tellingen over.";
    }
}
