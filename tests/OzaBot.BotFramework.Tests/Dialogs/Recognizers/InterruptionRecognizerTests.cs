using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

public sealed class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("help", nameof(Interruption.Help))]
    [InlineData("Help?", nameof(Interruption.Help))]
    [InlineData("hulp", nameof(Interruption.Help))]
    [InlineData("helpp", nameof(Interruption.Help))]
    [InlineData("stop", nameof(Interruption.Cancel))]
    [InlineData("STOP!", nameof(Interruption.Cancel))]
    [InlineData("stopp", nameof(Interruption.Cancel))]
    [InlineData("stoppen", nameof(Interruption.Cancel))]
    [InlineData("annuleer", nameof(Interruption.Cancel))]
    [InlineData("anuleer", nameof(Interruption.Cancel))]
    [InlineData("annuleren", nameof(Interruption.Cancel))]
    [InlineData("cancel", nameof(Interruption.Cancel))]
    [InlineData("cancle", nameof(Interruption.Cancel))]
    [InlineData("laat maar", nameof(Interruption.Cancel))]
    [InlineData("opnieuw", nameof(Interruption.Restart))]
    [InlineData("opniew", nameof(Interruption.Restart))]
    [InlineData("Begin opnieuw", nameof(Interruption.Restart))]
    [InlineData("start over", nameof(Interruption.Restart))]
    [InlineData("restart", nameof(Interruption.Restart))]
    public void Recognizes_commands_in_Dutch_and_English_with_typos(string text, string expected) =>
        Assert.Equal(Enum.Parse<Interruption>(expected), InterruptionRecognizer.Recognize(text));

    [Theory]
    [InlineData("stap")]
    [InlineData("top")]
    [InlineData("ja")]
    [InlineData("ik wil stoppen met de jeugdhulp per 1 maart")]
    [InlineData("helpdesk")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_answers_are_not_commands(string? text) =>
        Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(text));
}
