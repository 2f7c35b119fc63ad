using Microsoft.Extensions.Options;
using OzaBot.Conversations.Flows.Export;
using OzaBot.Domain.Cases;
using OzaBot.Host.Configuration;

namespace OzaBot.Host.Endpoints.Transparency;

/// <summary>
/// What the privacy statement and the terms say that depends on this installation, read from the same
/// settings the code uses (the retention job's period, the export links' validity, the store), so the
/// pages cannot promise something the running bot does not do.
/// </summary>
internal sealed record PrivacyFacts(int ClosedCaseDays, int ExportLinkHours, string Store)
{
    public static PrivacyFacts From(IOptions<RetentionOptions> retention, IConfiguration configuration) => new(
        retention.Value.ClosedCaseDays,
        (int)CaseExports.Validity.TotalHours,
        configuration[ConfigurationKeys.StorageProvider] switch
        {
            "AzureTables" => "Azure Table Storage in het Azure-abonnement van de organisatie die OzaBot draait",
            "Memory" => "alleen het werkgeheugen van de server (testmodus: alles is weg na een herstart)",
            _ => "één SQLite-bestand op de server van de organisatie die OzaBot draait",
        });
}
