using System.Text.Json;

// POST /api/messages: one reply per message or conversationUpdate, posted to the activity's serviceUrl (the
// Bot Connector's "reply to activity"), then 200. Nothing is checked, stored or logged: this is the floor, not a bot.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
using var connector = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });

app.MapPost("/api/messages", async (HttpRequest request) =>
{
    using var activity = await JsonDocument.ParseAsync(request.Body);
    var root = activity.RootElement;
    var type = root.GetProperty("type").GetString();
    if (type is "message" or "conversationUpdate")
    {
        var conversationId = root.GetProperty("conversation").GetProperty("id").GetString()!;
        var activityId = root.GetProperty("id").GetString()!;
        var text = type == "message" && root.TryGetProperty("text", out var said) ? "Je zei: " + said.GetString() : "Welkom";
        var reply = JsonSerializer.SerializeToUtf8Bytes(new Reply("message", text, activityId), FloorJson.Default.Reply);
        var url = $"{root.GetProperty("serviceUrl").GetString()!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var content = new ByteArrayContent(reply);
        content.Headers.ContentType = new("application/json");
        using var response = await connector.PostAsync(new Uri(url), content);
    }

    return Results.Ok();
});

app.Run();

internal sealed record Reply(string Type, string Text, string ReplyToId);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Reply))]
internal sealed partial class FloorJson : System.Text.Json.Serialization.JsonSerializerContext;
