using OzaBot.BotFramework.Cards;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;

namespace OzaBot.Conversations.Routing;

/// <summary>The services nearly every flow needs; a flow that needs more takes it in its constructor.</summary>
public sealed record OzaServices(
    CaseStore Cases,
    ProcessCatalogue Catalogue,
    NextStepEngine NextSteps,
    CardTemplateLibrary Cards,
    TimeProvider Time);
