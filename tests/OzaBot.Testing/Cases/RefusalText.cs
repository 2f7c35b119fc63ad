using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;

namespace OzaBot.Testing.Cases;

/// <summary>What a refusal says to a Dutch conversation, for asserting on the bot's replies.</summary>
public static class RefusalText
{
    public static string Nl(Refusal refusal) => RefusalTexts.Dutch.Say(refusal, ProcessCatalogue.Default);
}
