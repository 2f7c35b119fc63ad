namespace OzaBot.BotFramework.Schema;

/// <summary><c>value</c> of a <c>signin/tokenExchange</c> invoke: Teams' SSO token for the OAuth connection.</summary>
public sealed class TokenExchangeInvokeRequest
{
    public string? Id { get; set; }

    public string? ConnectionName { get; set; }

    public string? Token { get; set; }
}

/// <summary>The answer to <c>signin/tokenExchange</c>; a <see cref="FailureDetail"/> with 412 makes Teams show the sign-in card.</summary>
public sealed class TokenExchangeInvokeResponse
{
    public string? Id { get; set; }

    public string? ConnectionName { get; set; }

    public string? FailureDetail { get; set; }
}

/// <summary><c>value</c> of a <c>signin/verifyState</c> invoke: the magic code after the fallback sign-in.</summary>
public sealed class VerifyStateInvokeValue
{
    public string? State { get; set; }
}

/// <summary>The Token Service's body for <c>api/usertoken/exchange</c>.</summary>
public sealed class TokenExchangeRequest
{
    public string? Uri { get; set; }

    public string? Token { get; set; }
}

/// <summary>A user's token as the Token Service returns it.</summary>
public sealed class TokenResponse
{
    public string? ChannelId { get; set; }

    public string? ConnectionName { get; set; }

    public string? Token { get; set; }

    public string? Expiration { get; set; }
}

/// <summary>The Token Service's <c>api/botsignin/GetSignInResource</c> answer.</summary>
public sealed class SignInResource
{
    public string? SignInLink { get; set; }

    public TokenExchangeResource? TokenExchangeResource { get; set; }
}

/// <summary>Tells Teams which resource to get an SSO token for (the bot's <c>api://…</c> URI).</summary>
public sealed class TokenExchangeResource
{
    public string? Id { get; set; }

    public string? Uri { get; set; }

    public string? ProviderId { get; set; }
}

/// <summary>The state the Token Service carries through a sign-in (base64 JSON in GetSignInResource).</summary>
public sealed class TokenExchangeState
{
    public string? ConnectionName { get; set; }

    public SignInConversation? Conversation { get; set; }

    public string? MsAppId { get; set; }
}

/// <summary>Where the sign-in was asked (the Token Service's conversation reference), with ids only: no user name.</summary>
public sealed class SignInConversation
{
    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ActivityId { get; set; }
}

/// <summary><c>application/vnd.microsoft.card.oauth</c>.</summary>
public sealed class OAuthCard
{
    public const string ContentType = "application/vnd.microsoft.card.oauth";

    public string? Text { get; set; }

    public string? ConnectionName { get; set; }

    public TokenExchangeResource? TokenExchangeResource { get; set; }

    public IList<CardAction> Buttons { get; set; } = [];
}

public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Value { get; set; }
}
