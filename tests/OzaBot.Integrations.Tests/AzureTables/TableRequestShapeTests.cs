using System.Globalization;
using System.Net;
using Azure.Core;
using OzaBot.Integrations.AzureTables;

namespace OzaBot.Integrations.Tests.AzureTables;

/// <summary>
/// What goes on the wire, checked by a loopback stand-in against the documented contract: the
/// always-on headers, the Shared Key Lite signature, entity JSON annotations, and the Entra ID path.
/// </summary>
public sealed class TableRequestShapeTests : IAsyncLifetime
{
    private LoopbackTableService _service = null!;

    public async Task InitializeAsync() => _service = await LoopbackTableService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Every_request_carries_date_version_json_metadata_and_a_verifiable_signature()
    {
        _service.Then(ScriptedAnswer.Created("W/\"1\""));
        using var client = TestTableClients.SharedKey(_service.Endpoint, new ScriptedTimeProvider(TestTableClients.FixedNow));

        await client.InsertEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var request = Assert.Single(_service.Requests);
        Assert.Equal("Sun, 22 Nov 2026 10:00:00 GMT", request.Headers["x-ms-date"]);
        Assert.Equal("2020-12-06", request.Headers["x-ms-version"]);
        Assert.Equal("application/json;odata=minimalmetadata", request.Headers["Accept"]);
        Assert.Equal("3.0;NetFx", request.Headers["DataServiceVersion"]);
        Assert.Equal("3.0;NetFx", request.Headers["MaxDataServiceVersion"]);
        Assert.Equal("return-no-content", request.Headers["Prefer"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.True(Guid.TryParse(request.Headers["x-ms-client-request-id"], out _));

        var expected = SharedKeyLiteSigner.Signature(
            Convert.FromBase64String(TableAccount.DevelopmentAccountKey),
            "Sun, 22 Nov 2026 10:00:00 GMT\n/devstoreaccount1/devstoreaccount1/ozabotstate");
        Assert.Equal("SharedKeyLite devstoreaccount1:" + expected, request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Key_literals_double_quotes_and_are_percent_encoded_in_the_path()
    {
        _service.Then(ScriptedAnswer.Status(HttpStatusCode.NoContent));
        using var client = TestTableClients.SharedKey(_service.Endpoint, new ScriptedTimeProvider(TestTableClients.FixedNow));

        await client.DeleteEntityAsync("a b", "o'clock é", "W/\"datetime'2026-11-22T09%3A58%3A56.0123090Z'\"");

        var request = Assert.Single(_service.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/devstoreaccount1/ozabotstate(PartitionKey='a%20b',RowKey='o%27%27clock%20%C3%A9')", request.PathAndQuery);
        Assert.Equal("W/\"datetime'2026-11-22T09%3A58%3A56.0123090Z'\"", request.Headers["If-Match"]);
    }

    [Fact]
    public async Task Query_parameters_are_encoded_and_continuations_echoed()
    {
        _service.Then(
            new ScriptedAnswer(HttpStatusCode.OK, new Dictionary<string, string>
            {
                ["x-ms-continuation-NextPartitionKey"] = "1!8!U21pdGg-",
                ["x-ms-continuation-NextRowKey"] = "1!8!QmVu",
            }, """{"value":[]}"""),
            ScriptedAnswer.Status(HttpStatusCode.OK, """{"value":[{"odata.etag":"W/\"e\"","PartitionKey":"p","RowKey":"r","Timestamp":"2026-11-22T10:00:00.1234567Z","N@odata.type":"Edm.Int64","N":"5"}]}"""));
        using var client = TestTableClients.SharedKey(_service.Endpoint, new ScriptedTimeProvider(TestTableClients.FixedNow));

        var all = await client.QueryAsync(new TableQuery("RowKey eq 'a/b?c'", Top: 10)).ToListAsync();

        var entity = Assert.Single(all);
        Assert.Equal("W/\"e\"", entity.ETag);
        Assert.Equal(5L, entity["N"]);
        var requests = _service.Requests.ToArray();
        Assert.Equal("/devstoreaccount1/ozabotstate()?$filter=RowKey%20eq%20%27a%2Fb%3Fc%27&$top=10", requests[0].PathAndQuery);
        Assert.EndsWith("&NextPartitionKey=1%218%21U21pdGg-&NextRowKey=1%218%21QmVu", requests[1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Entra_path_sends_a_bearer_token_for_the_storage_scope_and_no_shared_key()
    {
        _service.Then(ScriptedAnswer.Created("W/\"1\""));
        var time = new ScriptedTimeProvider(TestTableClients.FixedNow);
        var credential = new RecordingCredential(time);
        using var client = TestTableClients.Bearer(_service.Endpoint, credential, time);

        await client.InsertEntityAsync(new TableEntity("p", "r"));
        await client.InsertEntityAsync(new TableEntity("p", "s"));

        Assert.Equal(["https://storage.azure.com/.default"], Assert.Single(credential.Requests).Scopes);
        Assert.All(_service.Requests, request =>
        {
            Assert.Equal("Bearer token-1", request.Headers["Authorization"]);
            Assert.DoesNotContain("SharedKey", request.Headers["Authorization"], StringComparison.Ordinal);
            Assert.True(string.CompareOrdinal(request.Headers["x-ms-version"], "2019-02-02") >= 0);
        });
    }

    [Fact]
    public async Task The_bearer_token_is_refreshed_before_it_expires()
    {
        _service.Then(ScriptedAnswer.Created("W/\"1\""));
        var time = new ScriptedTimeProvider(TestTableClients.FixedNow);
        var credential = new RecordingCredential(time);
        using var client = TestTableClients.Bearer(_service.Endpoint, credential, time);

        await client.InsertEntityAsync(new TableEntity("p", "r"));
        time.Now += RecordingCredential.Lifetime - TimeSpan.FromMinutes(4); // inside the 5-minute margin
        await client.InsertEntityAsync(new TableEntity("p", "s"));

        Assert.Equal(2, credential.Requests.Count);
        Assert.Equal("Bearer token-2", _service.Requests.Last().Headers["Authorization"]);
    }

    /// <summary>A TokenCredential stand-in: numbered tokens valid for one hour of fake time.</summary>
    private sealed class RecordingCredential(TimeProvider time) : TokenCredential
    {
        public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

        public List<TokenRequestContext> Requests { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add(requestContext);
                return new AccessToken("token-" + Requests.Count.ToString(CultureInfo.InvariantCulture), time.GetUtcNow() + Lifetime);
            }
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
