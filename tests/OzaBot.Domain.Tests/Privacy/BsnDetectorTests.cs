using OzaBot.Domain.Privacy;

namespace OzaBot.Domain.Tests.Privacy;

public class BsnDetectorTests
{
    [Theory]
    [InlineData("111222333")] // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66 = 6·11
    [InlineData("123456782")]
    [InlineData("999999990")]
    public void Nine_digits_that_pass_the_elfproef_are_a_bsn(string digits) => Assert.True(BsnDetector.PassesElfproef(digits));

    [Theory]
    [InlineData("123456789")]
    [InlineData("111222334")]
    [InlineData("000000000")]
    [InlineData("12345678")]
    [InlineData("12345678a")]
    public void Other_digit_strings_fail_the_elfproef(string digits) => Assert.False(BsnDetector.PassesElfproef(digits));

    [Theory]
    [InlineData("bsn 111222333 graag doorgeven")]
    [InlineData("nummer: 1112.22.333")]
    [InlineData("123 456 782")]
    [InlineData("123-456-782.")]
    public void A_bsn_is_found_in_free_text_even_when_grouped(string text) => Assert.True(BsnDetector.ContainsBsn(text));

    [Theory]
    [InlineData("bel 0612345678 na 3 uur")] // ten digits: a phone number, not a BSN
    [InlineData("123456789")]
    [InlineData("datum 12-09-2026 om 14:30")]
    [InlineData("11122233300")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_numbers_are_not_taken_for_a_bsn(string? text) => Assert.False(BsnDetector.ContainsBsn(text));
}
