using System.Text.Json.Nodes;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Cards;
using OzaBot.BotFramework.Dialogs;
using OzaBot.BotFramework.Schema;
using OzaBot.Conversations.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Guidance;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Routing;

/// <summary>
/// One turn as the flows see it: the turn context, the dialog context, OzaBot's conversation data,
/// who is asking (an opaque id, never a name) and the shared services.
/// </summary>
public sealed class OzaTurn(ITurnContext context, DialogContext dialogs, ConversationData data, OzaServices services)
{
    public ITurnContext Context { get; } = context;

    /// <summary>The turn the router made for this turn context: how dialog steps reach case access and conversation data.</summary>
    public static OzaTurn Of(ITurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetRequired<OzaTurn>();
    }

    public DialogContext Dialogs { get; } = dialogs;

    public ConversationData Data { get; } = data;

    public OzaServices Services { get; } = services;

    public Activity Activity => Context.Activity;

    public string? Locale => Activity.Locale;

    public bool IsEnglish => BotFrameworkTexts.IsEnglish(Locale);

    public Language Language => IsEnglish ? Language.English : Language.Dutch;

    /// <summary>The process content in this turn's language (same ids and rules in every language).</summary>
    public ProcessCatalogue Catalogue => Services.Catalogue.In(Language);

    /// <summary>Why the domain refused a change, in this turn's language.</summary>
    public string Say(Refusal refusal) => RefusalTexts.In(Language).Say(refusal, Services.Catalogue);

    /// <summary>Dates in the region's time zone and this turn's language.</summary>
    public Flows.Cases.LocalDates Dates => new(Services.Region, Language);

    /// <summary>The next-step advice in this turn's language.</summary>
    public NextStepEngine NextSteps => Services.NextSteps.In(Language);

    /// <summary>A 1:1 chat: the only place initials may be shown.</summary>
    public bool IsPersonal => (Activity.Conversation?.ConversationType ?? (Activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal)) == ConversationTypes.Personal;

    /// <summary>The Entra object id when Teams sends it (stable across chats), else the channel's user id.</summary>
    public string UserId => Activity.From?.AadObjectId ?? Activity.From?.Id ?? string.Empty;

    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    public string TenantId => Activity.Conversation?.TenantId
        ?? (Activity.ChannelData is { } data && data.ValueKind == System.Text.Json.JsonValueKind.Object && data.TryGetProperty("tenant", out var tenant) && tenant.TryGetProperty("id", out var id) ? id.GetString() : null)
        ?? string.Empty;

    /// <summary>A case of this turn's tenant: the only tenant a turn can reach.</summary>
    public CaseKey CaseKey(string code) => new(TenantId, code);

    public Actor Actor => new(UserId, Services.Time.GetUtcNow());

    /// <summary>Reads a card's submitted data; refusals name the fields in this turn's language.</summary>
    public SubmitReader Reader(JsonObject data) => new(data, Locale, label => Services.Cards.Text(label, Locale));

    public Task SendAsync(string text, CancellationToken cancellationToken) => Context.SendActivityAsync(text, cancellationToken);

    public JsonObject Card(string template, JsonNode data) => Services.Cards.Expand(template, data, Locale);

    public Task<ResourceResponse> SendCardAsync(string template, JsonNode data, CancellationToken cancellationToken) =>
        Context.SendCardAsync(Card(template, data), cancellationToken: cancellationToken);

    /// <summary>A short line and the card in one message (one outbound call, one bubble on a phone).</summary>
    public Task<ResourceResponse> SendTextWithCardAsync(string text, string template, JsonNode data, CancellationToken cancellationToken) =>
        Context.SendCardAsync(Card(template, data), text: text, cancellationToken: cancellationToken);
}
