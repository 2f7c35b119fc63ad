using OzaBot.BotFramework.Builder;

namespace OzaBot.Conversations.Routing;

/// <summary>A dialog's "help" text in the turn's language.</summary>
internal static class DialogHelp
{
    public static Func<ITurnContext, string?> Of(string dutch, string english) =>
        context => BotFrameworkTexts.IsEnglish(context.Activity.Locale) ? english : dutch;

    public static Func<ITurnContext, string?> Of(Func<bool, string> text) =>
        context => text(BotFrameworkTexts.IsEnglish(context.Activity.Locale));
}
