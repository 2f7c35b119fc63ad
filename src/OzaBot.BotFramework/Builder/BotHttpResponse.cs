namespace OzaBot.BotFramework.Builder;

/// <summary>What the HTTP endpoint answers: a status code and, for invokes and expectReplies, a JSON body.</summary>
public sealed record BotHttpResponse(int StatusCode, string? JsonBody = null)
{
    public static BotHttpResponse Ok { get; } = new(200);

    public static BotHttpResponse BadRequest { get; } = new(400);

    public static BotHttpResponse Unauthorized { get; } = new(401);

    public static BotHttpResponse NotImplemented { get; } = new(501);
}
