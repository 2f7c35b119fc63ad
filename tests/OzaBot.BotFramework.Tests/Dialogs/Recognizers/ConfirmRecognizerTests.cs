using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("ja")]
    [InlineData("Ja!")]
    [InlineData("j")]
    [InlineData("jazeker")]
    [InlineData("jazker")]
    [InlineData("jawel")]
    [InlineData("klopt")]
    [InlineData("dat klopt")]
    [InlineData("oké")]
    [InlineData("ok")]
    [InlineData("prima")]
    [InlineData("akkoord")]
    [InlineData("doe maar")]
    [InlineData("ja, graag om 10 uur")]
    [InlineData("yes")]
    [InlineData("y")]
    [InlineData("yep")]
    [InlineData("sure")]
    [InlineData("jaa")]
    public void Recognizes_yes(string text) => Assert.True(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("nee")]
    [InlineData("Nee.")]
    [InlineData("n")]
    [InlineData("neen")]
    [InlineData("nope")]
    [InlineData("nopee")]
    [InlineData("no")]
    [InlineData("klopt niet")]
    [InlineData("liever niet")]
    [InlineData("nee hoor")]
    [InlineData("nee, dat is fout")]
    [InlineData("klopt het niet helemaal")]
    [InlineData("not really")]
    public void Recognizes_no(string text) => Assert.False(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("misschien")]
    [InlineData("wat bedoel je?")]
    [InlineData("")]
    [InlineData(null)]
    public void Leaves_other_answers_unrecognized(string? text) => Assert.Null(ConfirmRecognizer.Recognize(text));
}
