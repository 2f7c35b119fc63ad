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
    [InlineData("AccountName=x", null, "ozabotstate", "Storage:ConnectionString")]
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

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddAzureTableStorage(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
