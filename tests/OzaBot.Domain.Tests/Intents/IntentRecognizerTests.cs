using OzaBot.Domain.Intents;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Domain.Tests.Intents;

public class IntentRecognizerTests
{
    public static TheoryData<string, Intent, string?> PositiveRows()
    {
        var data = new TheoryData<string, Intent, string?>();
        foreach (var (text, intent, detail) in IntentTable.Positive)
        {
            data.Add(text, intent, detail);
        }

        return data;
    }

    public static TheoryData<string> NegativeRows() => [.. IntentTable.Negative];

    [Fact]
    public void The_table_has_at_least_150_phrasings_covering_every_intent()
    {
        Assert.True(IntentTable.Positive.Length >= 150, $"only {IntentTable.Positive.Length} phrasings");
        var covered = IntentTable.Positive.Select(p => p.Intent).ToHashSet();
        Assert.All(Enum.GetValues<Intent>().Where(i => i != Intent.None), i => Assert.Contains(i, covered));
    }

    [Theory]
    [MemberData(nameof(PositiveRows))]
    public void Phrasing_gives_the_expected_intent_and_detail(string text, Intent expected, string? detail)
    {
        var match = IntentRecognizer.Recognize(text);
        Assert.Equal(expected, match.Intent);
        switch (expected)
        {
            case Intent.PlanMeeting or Intent.Escalate:
                Assert.Equal(detail, match.Meeting?.ToString());
                break;
            case Intent.StartStep when detail is "":
                Assert.Equal((null, null), (match.StepId, match.StepNumber));
                break;
            case Intent.StartStep when int.TryParse(detail, out var number):
                Assert.Equal(number, match.StepNumber);
                break;
            case Intent.StartStep:
                Assert.Equal(detail, match.StepId);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(NegativeRows))]
    public void Ordinary_chat_matches_nothing(string text) => Assert.Equal(Intent.None, IntentRecognizer.Recognize(text).Intent);

    [Fact]
    public void A_case_code_in_the_text_is_returned_with_the_intent()
    {
        var match = IntentRecognizer.Recognize("wat is de volgende stap voor oza-7k3m-q9");
        Assert.Equal((Intent.NextStep, "OZA-7K3M-Q9"), (match.Intent, match.CaseCode));
        Assert.Equal(MeetingKind.Ozo, IntentRecognizer.Recognize("plan een OZO voor OZA-7K3M-Q9").Meeting);
    }

    [Theory]
    [InlineData("hepl", "help", 1)]
    [InlineData("volgnde", "volgende", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Damerau_levenshtein_counts_swaps_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b));
}
