using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;

namespace OzaBot.Testing.Bot;

/// <summary>
/// An in-process adapter for conversation tests: builds Teams-shaped activities, runs the turn
/// through the same pipeline as the host, and queues what the bot sends.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private int _nextId;

    public TestAdapter(string conversationId = "a:test-conversation", string conversationType = ConversationTypes.Personal)
    {
        ConversationId = conversationId;
        ConversationType = conversationType;
    }

    public string ConversationId { get; }

    public string ConversationType { get; }

    public string ChannelId { get; set; } = "msteams";

    public string ServiceUrl { get; set; } = "http://127.0.0.1:1/_connector";

    public string TenantId { get; set; } = "tenant-1";

    public string Locale { get; set; } = "nl-NL";

    /// <summary>Stamps activity timestamps; give it a FakeTimeProvider for time-dependent tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public ChannelAccount Bot { get; } = new() { Id = "28:ozabot", Name = "OzaBot", Role = "bot" };

    /// <summary>What the bot sent and a test has not yet asserted on, in order.</summary>
    public ConcurrentQueue<Activity> Sent { get; } = new();

    /// <summary>Everything the bot ever sent in this conversation, asserted on or not.</summary>
    public ConcurrentQueue<Activity> History { get; } = new();

    public List<Activity> Updated { get; } = [];

    public List<string> Deleted { get; } = [];

    public static ChannelAccount User(string id = "29:user-1", string name = "Gebruiker") => new() { Id = id, Name = name, AadObjectId = "aad-" + id, Role = "user" };

    /// <summary>A message activity from the given user (default: the first user).</summary>
    public Activity MakeMessage(string? text, ChannelAccount? from = null) => MakeActivity(ActivityTypes.Message, from, text);

    public Activity MakeActivity(string type, ChannelAccount? from = null, string? text = null) => new()
    {
        Type = type,
        // Unique across adapters: several test flows may speak in one conversation, whose state remembers processed ids.
        Id = "act-" + Guid.NewGuid().ToString("N"),
        Timestamp = TimeProvider.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = from ?? User(),
        Recipient = Bot,
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            ConversationType = ConversationType,
            IsGroup = ConversationType != ConversationTypes.Personal,
            TenantId = TenantId,
        },
        Locale = Locale,
        Text = text,
    };

    /// <summary>An Action.Submit as Teams delivers it: a message with <c>value</c> (the card data merged with the inputs) and no text.</summary>
    public Activity MakeSubmit(JsonElement value, ChannelAccount? from = null, string? replyToId = null)
    {
        var activity = MakeActivity(ActivityTypes.Message, from);
        activity.Value = value;
        activity.ReplyToId = replyToId;
        return activity;
    }

    /// <summary>An Action.Execute: an <c>adaptiveCard/action</c> invoke with <c>{action:{type,verb,data},trigger}</c>.</summary>
    public Activity MakeExecute(string verb, JsonElement data, ChannelAccount? from = null, string? replyToId = null)
    {
        var value = new AdaptiveCardInvokeValue
        {
            Action = new AdaptiveCardInvokeAction { Type = "Action.Execute", Verb = verb, Data = data },
            Trigger = "manual",
        };
        var activity = MakeActivity(ActivityTypes.Invoke, from);
        activity.Name = "adaptiveCard/action";
        activity.Value = JsonSerializer.SerializeToElement(value, BotJsonContext.Default.AdaptiveCardInvokeValue);
        activity.ReplyToId = replyToId;
        return activity;
    }

    /// <summary>Runs one turn; returns the invoke response if the bot set one.</summary>
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return context.InvokeResponse;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id ??= "sent-" + Interlocked.Increment(ref _nextId);
            Sent.Enqueue(activities[i]);
            History.Enqueue(activities[i]);
            responses[i] = new ResourceResponse { Id = activities[i].Id };
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (Updated)
        {
            Updated.Add(activity);
        }

        return Task.FromResult(new ResourceResponse { Id = activity.Id });
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        lock (Deleted)
        {
            Deleted.Add(activityId);
        }

        return Task.CompletedTask;
    }
}
