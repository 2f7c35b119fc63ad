using System.Net;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OzaBot.BotFramework.State;
using OzaBot.Integrations.AzureTables;
using OzaBot.Testing.Azurite;

namespace OzaBot.Integrations.Tests.AzureTables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class AzureTableStorageRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_conversation_state_survives_a_restart_of_the_bot()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TableName"] = AzuriteFixture.NewTableName(),
        };
        const string Key = "msteams/conversations/19:abc@thread.v2";

        string eTag;
        await using (var first = Build(settings))
        {
            eTag = await first.GetRequiredService<IStorage>().WriteAsync(Key, """{"step":"plan"}""", eTag: null);
        }

        await using var second = Build(settings);
        var item = await second.GetRequiredService<IStorage>().ReadAsync(Key);
        Assert.Equal("""{"step":"plan"}""", item!.Json);
        Assert.Equal(eTag, item.ETag);
    }

    [Fact]
    public void Options_bind_the_storage_section_with_defaults()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Storage:TableEndpoint"] = "https://ozabot.table.core.windows.net",
            ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var options = provider.GetRequiredService<IOptions<AzureTableStorageOptions>>().Value;

        Assert.Equal(new Uri("https://ozabot.table.core.windows.net"), options.TableEndpoint);
        Assert.Equal("00000000-0000-0000-0000-000000000001", options.ManagedIdentityClientId);
        Assert.Equal("ozabotstate", options.TableName);
        Assert.IsType<AzureTableStorage>(provider.GetRequiredService<IStorage>());
    }

    [Theory]
    [InlineData(null, null, "ozabotstate", "exactly one of")]
    [InlineData("UseDevelopmentStorage=true", "https://ozabot.table.core.windows.net", "ozabotstate", "exactly one of")]
    [InlineData("AccountName=x", null, "ozabotstate", "AccountKey")]
    [InlineData("UseDevelopmentStorage=true", null, "bad-name", "Storage:TableName")]
    public void Misconfiguration_fails_validation_with_the_reason(string? connectionString, string? endpoint, string table, string reason)
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TableEndpoint"] = endpoint,
            ["Storage:TableName"] = table,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AzureTableStorageOptions>>().Value);

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_TokenCredential_serves_the_table_endpoint()
    {
        await using var service = await LoopbackTableService.StartAsync();
        service.Then(ScriptedAnswer.Status(HttpStatusCode.NoContent), ScriptedAnswer.Status(HttpStatusCode.NotFound, """{"odata.error":{"code":"ResourceNotFound","message":{"value":"none"}}}"""));
        var services = new ServiceCollection();
        services.AddSingleton<TokenCredential>(new StaticCredential());
        services.AddAzureTableStorage(Configuration(new Dictionary<string, string?> { ["Storage:TableEndpoint"] = service.Endpoint.ToString() }));
        await using var provider = services.BuildServiceProvider();

        Assert.Null(await provider.GetRequiredService<IStorage>().ReadAsync("k"));

        Assert.All(service.Requests, r => Assert.Equal("Bearer static", r.Headers["Authorization"]));
        Assert.Equal(["POST", "GET"], service.Requests.Select(r => r.Method));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddAzureTableStorage(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class StaticCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("static", DateTimeOffset.MaxValue);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
