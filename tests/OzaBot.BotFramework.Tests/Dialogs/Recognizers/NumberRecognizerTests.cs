using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("3", false, 3)]
    [InlineData("1,5", false, 1.5)]
    [InlineData("1.5", false, 1.5)]
    [InlineData("1.000", false, 1000)]
    [InlineData("1.000,25", false, 1000.25)]
    [InlineData("2.500.000", false, 2500000)]
    [InlineData("ongeveer 12,5 uur", false, 12.5)]
    [InlineData("-4", false, -4)]
    [InlineData("twee", false, 2)]
    [InlineData("anderhalf uur", false, 1.5)]
    [InlineData("1,000", true, 1000)]
    [InlineData("1,000.25", true, 1000.25)]
    [InlineData("1.5", true, 1.5)]
    [InlineData("1,5", true, 1.5)]
    [InlineData("three", true, 3)]
    public void Reads_Dutch_and_English_numbers(string text, bool english, double expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, english, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("veel")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_text_without_a_number(string? text) =>
        Assert.False(NumberRecognizer.TryRecognize(text, english: false, out _));
}
