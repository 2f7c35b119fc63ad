using System.Text;
using OzaBot.BotFramework.Json;

namespace OzaBot.BotFramework.Tests.Json;

public sealed class ScratchJsonWriterTests
{
    [Fact]
    public void A_writer_given_back_is_rented_again_empty()
    {
        ScratchJsonWriter first;
        using (first = ScratchJsonWriter.Rent())
        {
            first.Writer.WriteStartObject();
            first.Writer.WriteString("a", "eerste");
        }

        using var second = ScratchJsonWriter.Rent();
        second.Writer.WriteNumberValue(2);

        Assert.Same(first, second);
        Assert.Equal("2", Encoding.UTF8.GetString(second.Written));
    }

    [Fact]
    public void A_write_inside_another_gets_its_own_writer_and_leaves_the_outer_one_intact()
    {
        using var outer = ScratchJsonWriter.Rent();
        outer.Writer.WriteStartArray();
        outer.Writer.WriteStringValue("buiten");

        using (var inner = ScratchJsonWriter.Rent())
        {
            Assert.NotSame(outer, inner);
            inner.Writer.WriteStringValue("binnen");
            Assert.Equal("\"binnen\"", Encoding.UTF8.GetString(inner.Written));
        }

        outer.Writer.WriteEndArray();
        Assert.Equal("[\"buiten\"]", Encoding.UTF8.GetString(outer.Written));
    }
}
