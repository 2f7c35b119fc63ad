using OzaBot.BotFramework.Builder;
using OzaBot.BotFramework.Schema;
using OzaBot.Testing.Bot;

namespace OzaBot.BotFramework.Tests.State;

/// <summary>The send hook the state middleware holds messages with (Bot Builder's OnSendActivities).</summary>
public sealed class SendHookTests
{
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task Handlers_run_in_the_order_added_and_next_reaches_the_adapter()
    {
        var context = new TurnContext(_adapter, _adapter.MakeMessage("hallo"));
        var order = new List<string>();
        context.OnSendActivities(async (_, activities, next) =>
        {
            order.Add("eerste");
            activities[0].Text += " (gezien)";
            return await next();
        });
        context.OnSendActivities((_, _, next) =>
        {
            order.Add("tweede");
            return next();
        });

        var response = await context.SendActivityAsync("antwoord");

        Assert.Equal(["eerste", "tweede"], order);
        var sent = Assert.Single(_adapter.Sent);
        Assert.Equal("antwoord (gezien)", sent.Text);
        Assert.Equal(sent.Id, response.Id);
    }

    [Fact]
    public async Task A_handler_can_hold_a_batch_back_and_the_turn_still_counts_as_responded_until_cleared()
    {
        var context = new TurnContext(_adapter, _adapter.MakeMessage("hallo"));
        Func<Task<ResourceResponse[]>>? held = null;
        context.OnSendActivities((_, _, next) =>
        {
            held = next;
            return Task.FromResult(new[] { new ResourceResponse() });
        });

        await context.SendActivityAsync("later");

        Assert.Empty(_adapter.Sent);
        Assert.True(context.Responded);
        context.ClearResponded();
        Assert.False(context.Responded);

        await held!();
        Assert.Equal("later", Assert.Single(_adapter.Sent).Text);
    }
}
