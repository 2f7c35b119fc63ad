using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Oké!  ", "oke")]
    [InlineData("'s Middags om 14:30.", "s middags om 14:30")]
    [InlineData("12/3/2027", "12/3/2027")]
    [InlineData("1,5 uur", "1,5 uur")]
    [InlineData("ja, graag", "ja graag")]
    [InlineData("Één - twee", "een twee")]
    [InlineData(null, "")]
    [InlineData("?!", "")]
    public void Normalizes_case_accents_punctuation_and_spaces_but_keeps_numbers(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));
}
