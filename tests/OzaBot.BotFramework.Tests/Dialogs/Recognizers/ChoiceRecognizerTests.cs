using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Partners =
    [
        ["Onderwijs", "school", "leerkracht"],
        ["Jeugdhulp", "zorg"],
        ["Ouders", "gezin", "parents"],
        ["Gemeente"],
    ];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("2.", 1)]
    [InlineData("optie 3", 2)]
    [InlineData("nummer 4", 3)]
    [InlineData("de tweede", 1)]
    [InlineData("2e", 1)]
    [InlineData("third", 2)]
    [InlineData("Onderwijs", 0)]
    [InlineData("jeugdhulp", 1)]
    [InlineData("school", 0)]
    [InlineData("parents", 2)]
    [InlineData("ik kies de gemeente", 3)]
    [InlineData("jeugd", 1)]
    [InlineData("gemeent", 3)]
    [InlineData("onderwjis", 0)]
    [InlineData("jeugdhlup", 1)]
    [InlineData("ouedrs", 2)]
    public void Finds_a_choice_by_number_title_synonym_part_or_with_typos(string text, int expected)
    {
        var recognition = ChoiceRecognizer.Recognize(text, Partners);
        Assert.Equal(ChoiceMatch.Found, recognition.Match);
        Assert.Equal(expected, recognition.Index);
    }

    [Fact]
    public void An_answer_that_fits_several_choices_is_ambiguous()
    {
        IReadOnlyList<IReadOnlyList<string>> meetings = [["Evaluatie jeugdhulp"], ["Evaluatie onderwijs"], ["Startgesprek"]];

        var recognition = ChoiceRecognizer.Recognize("evaluatie", meetings);

        Assert.Equal(ChoiceMatch.Ambiguous, recognition.Match);
        Assert.Equal([0, 1], recognition.Indexes);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("iets heel anders")]
    [InlineData("ab")]
    [InlineData("")]
    public void Numbers_out_of_range_and_unrelated_text_match_nothing(string text) =>
        Assert.Equal(ChoiceMatch.None, ChoiceRecognizer.Recognize(text, Partners).Match);
}
