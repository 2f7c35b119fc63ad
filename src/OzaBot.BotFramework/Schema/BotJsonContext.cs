using System.Text.Json;
using System.Text.Json.Serialization;
using OzaBot.BotFramework.Json;

namespace OzaBot.BotFramework.Schema;

/// <summary>Source-generated (reflection-free) serialization of the wire types.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(RawJsonElementConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ErrorDetail))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(TokenExchangeInvokeRequest))]
[JsonSerializable(typeof(TokenExchangeInvokeResponse))]
[JsonSerializable(typeof(VerifyStateInvokeValue))]
[JsonSerializable(typeof(TokenExchangeRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(SignInResource))]
[JsonSerializable(typeof(TokenExchangeState))]
[JsonSerializable(typeof(OAuthCard))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class BotJsonContext : JsonSerializerContext;
