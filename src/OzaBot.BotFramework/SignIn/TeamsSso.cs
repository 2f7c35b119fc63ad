using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.BotFramework.State;

namespace OzaBot.BotFramework.SignIn;

/// <summary>
/// Teams single sign-on for one OAuth connection: the OAuthCard (with a <c>tokenExchangeResource</c>, so Teams
/// tries SSO first), the <c>signin/tokenExchange</c> invoke (exchanged at the Token Service; 412 when that fails,
/// so Teams shows the card's sign-in button), <c>signin/verifyState</c> after that fallback, a silent look-up
/// and sign-out. Teams sends the same tokenExchange to every device of the user: the first one that writes
/// its record (by exchange id, create-only, in the shared store) is processed, the others are answered 200 and dropped.
/// </summary>
public sealed class TeamsSso(UserTokenClient tokens, IStorage storage, TimeProvider time)
{
    public const string TokenExchangeInvoke = "signin/tokenExchange";
    public const string VerifyStateInvoke = "signin/verifyState";
    private const string FailureDetail = "The bot is unable to exchange token. Proceed with regular login.";

    public static bool IsSignInInvoke(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name is TokenExchangeInvoke or VerifyStateInvoke;

    /// <summary>
    /// Answers a sign-in invoke. On a first successful sign-in the token is put in the turn's services and true
    /// is returned: the turn should continue the waiting dialog. A failure or a duplicate returns false.
    /// </summary>
    public async Task<bool> CompleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var token = activity.Name == TokenExchangeInvoke
            ? await ExchangeAsync(turnContext, cancellationToken)
            : await VerifyStateAsync(turnContext, cancellationToken);
        if (token is not null)
        {
            turnContext.Services.Set(new SignedInUser(token));
        }

        return token is not null;
    }

    /// <summary>A token the user has already (signed in earlier, not expired at the Token Service), without asking.</summary>
    public async Task<SignedInUser?> SilentAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Services.Get<SignedInUser>() is { } current)
        {
            return current;
        }

        var (userId, channelId) = User(turnContext.Activity);
        var token = await tokens.GetTokenAsync(userId, channelId, code: null, cancellationToken);
        if (token?.Token is not { } value)
        {
            return null;
        }

        var user = new SignedInUser(value);
        turnContext.Services.Set(user);
        return user;
    }

    /// <summary>The OAuthCard: Teams exchanges silently when it can, else shows <paramref name="buttonTitle"/>.</summary>
    public async Task<Attachment> CardAsync(ITurnContext turnContext, string text, string buttonTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var state = new TokenExchangeState
        {
            ConnectionName = tokens.ConnectionName,
            MsAppId = activity.Recipient?.Id,
            Conversation = new SignInConversation
            {
                ChannelId = activity.ChannelId,
                ServiceUrl = activity.ServiceUrl,
                Conversation = new ConversationAccount { Id = activity.Conversation?.Id, TenantId = activity.Conversation?.TenantId },
                ActivityId = activity.Id,
            },
        };
        var resource = await tokens.GetSignInResourceAsync(state, cancellationToken);
        var card = new OAuthCard
        {
            Text = text,
            ConnectionName = tokens.ConnectionName,
            TokenExchangeResource = resource.TokenExchangeResource,
            Buttons = [new CardAction { Type = "signin", Title = buttonTitle, Value = resource.SignInLink }],
        };
        return new Attachment { ContentType = OAuthCard.ContentType, Content = JsonSerializer.SerializeToElement(card, BotJsonContext.Default.OAuthCard) };
    }

    public Task SignOutAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (userId, channelId) = User(turnContext.Activity);
        return tokens.SignOutAsync(userId, channelId, cancellationToken);
    }

    private async Task<string?> ExchangeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var request = Read(turnContext.Activity, BotJsonContext.Default.TokenExchangeInvokeRequest);
        if (request?.Id is not { Length: > 0 } id || string.IsNullOrEmpty(request.Token) || request.ConnectionName != tokens.ConnectionName)
        {
            Answer(turnContext, 400, request, "The token exchange request is not for this bot's connection.");
            return null;
        }

        var (userId, channelId) = User(turnContext.Activity);
        var exchanged = await tokens.ExchangeAsync(userId, channelId, request.Token, cancellationToken);
        if (exchanged?.Token is not { } token)
        {
            Answer(turnContext, 412, request, FailureDetail);
            return null;
        }

        Answer(turnContext, 200, request, failureDetail: null);
        return await IsFirstAsync(id, cancellationToken) ? token : null;
    }

    private async Task<string?> VerifyStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var code = Read(turnContext.Activity, BotJsonContext.Default.VerifyStateInvokeValue)?.State;
        var (userId, channelId) = User(turnContext.Activity);
        var token = string.IsNullOrEmpty(code) ? null : await tokens.GetTokenAsync(userId, channelId, code, cancellationToken);
        turnContext.InvokeResponse = new InvokeResponse(token is null ? 404 : 200, null);
        return token?.Token;
    }

    /// <summary>Create-only write of the exchange's record: a conflict means another device (or instance) got there first.</summary>
    private async Task<bool> IsFirstAsync(string exchangeId, CancellationToken cancellationToken)
    {
        var key = "sso:exchange:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(exchangeId)));
        try
        {
            await storage.WriteAsync(key, JsonSerializer.Serialize(time.GetUtcNow(), BotJsonContext.Default.DateTimeOffset), eTag: null, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    private static void Answer(ITurnContext turnContext, int status, TokenExchangeInvokeRequest? request, string? failureDetail)
    {
        var body = new TokenExchangeInvokeResponse { Id = request?.Id, ConnectionName = request?.ConnectionName, FailureDetail = failureDetail };
        turnContext.InvokeResponse = new InvokeResponse(status, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.TokenExchangeInvokeResponse));
    }

    private static T? Read<T>(Activity activity, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return activity.Value?.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string UserId, string ChannelId) User(Activity activity) =>
        (activity.From?.Id ?? throw new InvalidOperationException("A sign-in needs the user's channel id."), activity.ChannelId ?? "msteams");
}
