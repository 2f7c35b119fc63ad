using OzaBot.BotFramework.Dialogs.Recognizers;

namespace OzaBot.BotFramework.Tests.Dialogs.Recognizers;

public sealed class FuzzyMatchTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("stop", "stop", 0)]
    [InlineData("stopp", "stop", 1)]
    [InlineData("hlep", "help", 1)]
    [InlineData("anuleer", "annuleer", 1)]
    [InlineData("dinsdga", "dinsdag", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_counts_inserts_deletes_substitutions_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, FuzzyMatch.Distance(a, b));

    [Fact]
    public void Distance_gives_up_beyond_the_limit() =>
        Assert.Null(FuzzyMatch.Distance("jeugdhulp", "onderwijs", 2));

    [Theory]
    [InlineData("stopp", "stop", true)]
    [InlineData("stap", "stop", false)]
    [InlineData("hulp", "help", false)]
    [InlineData("annuleer", "anuleer", true)]
    [InlineData("jeugdhlup", "jeugdhulp", true)]
    [InlineData("onderwijszorg", "onderwiszrog", true)]
    [InlineData("onderwijs", "ondrewjis", true)]
    [InlineData("onderwijs", "andrwjs", false)]
    public void Closeness_depends_on_the_length_of_the_words(string input, string candidate, bool expected) =>
        Assert.Equal(expected, FuzzyMatch.IsClose(input, candidate));
}
