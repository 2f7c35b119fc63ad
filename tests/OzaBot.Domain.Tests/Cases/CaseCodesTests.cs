using OzaBot.Domain.Cases;

namespace OzaBot.Domain.Tests.Cases;

public class CaseCodesTests
{
    [Fact]
    public void New_codes_have_the_documented_shape_and_no_look_alike_characters()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => CaseCodes.New()).ToList();
        Assert.All(codes, c =>
        {
            Assert.Matches("^OZA-[A-Z0-9]{4}-[A-Z0-9]{2}$", c);
            Assert.True(CaseCodes.IsValid(c));
            Assert.DoesNotContain(c[4..], ch => "01258BILOSZ".Contains(ch, StringComparison.Ordinal));
        });
        Assert.True(codes.Distinct().Count() > 490, "codes must be random");
        Assert.StartsWith("ZIO-", CaseCodes.New(zio: true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wat is de volgende stap voor oza-7k3m-q9?", "OZA-7K3M-Q9")]
    [InlineData("switch to ZIO-AC4D-XY please", "ZIO-AC4D-XY")]
    [InlineData("casus OZA-1234-56", null)]
    [InlineData("geen code", null)]
    public void A_case_code_is_found_in_free_text(string text, string? expected) => Assert.Equal(expected, CaseCodes.Find(text));
}
