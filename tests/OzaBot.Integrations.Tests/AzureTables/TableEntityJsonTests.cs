using System.Text;
using System.Text.Json;
using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

public sealed class TableEntityJsonTests
{
    [Fact]
    public void Types_JSON_cannot_express_are_annotated_on_write()
    {
        var entity = new TableEntity("p", "r")
        {
            ["S"] = "x",
            ["I"] = 1,
            ["L"] = 5L,
            ["D"] = 2.0,
            ["Nan"] = double.NaN,
            ["T"] = new DateTimeOffset(2027, 1, 12, 14, 0, 0, TimeSpan.FromHours(1)),
            ["G"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["B"] = new byte[] { 1, 2, 3 },
        };

        var json = Encoding.UTF8.GetString(TableEntityJson.Serialize(entity));

        Assert.Equal(
            """{"PartitionKey":"p","RowKey":"r","S":"x","I":1,"L@odata.type":"Edm.Int64","L":"5","D@odata.type":"Edm.Double","D":2,"Nan@odata.type":"Edm.Double","Nan":"NaN","T@odata.type":"Edm.DateTime","T":"2027-01-12T13:00:00.0000000Z","G@odata.type":"Edm.Guid","G":"0f8fad5b-d9cb-469f-a165-70867728950e","B@odata.type":"Edm.Binary","B":"AQID"}""",
            json);
    }

    [Fact]
    public void Reading_uses_annotations_and_skips_odata_metadata_and_nulls()
    {
        const string Body = """
            {"odata.metadata":"x","odata.etag":"W/\"e\"","PartitionKey":"p","RowKey":"r","Timestamp@odata.type":"Edm.DateTime","Timestamp":"2026-11-22T10:00:00.1234567Z",
             "L@odata.type":"Edm.Int64","L":"9007199254740993","D@odata.type":"Edm.Double","D":"-INF","W":3,"F":1.5,"Null":null,"Yes":true}
            """;
        using var document = JsonDocument.Parse(Body);

        var entity = TableEntityJson.Deserialize(document.RootElement, eTag: null);

        Assert.Equal("W/\"e\"", entity.ETag);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), entity.Timestamp);
        Assert.Equal(9_007_199_254_740_993L, entity["L"]);
        Assert.Equal(double.NegativeInfinity, entity["D"]);
        Assert.Equal(3, entity["W"]);
        Assert.Equal(1.5, entity["F"]);
        Assert.Equal(true, entity["Yes"]);
        Assert.Equal(["L", "D", "W", "F", "Yes"], entity.Properties.Keys);
    }

    [Fact]
    public void Filter_literals_quote_and_type_their_values()
    {
        Assert.Equal("'o''clock'", TableFilter.Quote("o'clock"));
        Assert.Equal("datetime'2027-01-12T13:00:00.0000000Z'", TableFilter.DateTime(new DateTimeOffset(2027, 1, 12, 14, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal("guid'0f8fad5b-d9cb-469f-a165-70867728950e'", TableFilter.Guid(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
    }
}
