using Microsoft.Extensions.Options;

namespace OzaBot.Integrations.AzureTables;

/// <summary>Fails start-up with the specific configuration problems (<see cref="AzureTableStorageOptions.Problems"/>).</summary>
internal sealed class AzureTableStorageOptionsValidator : IValidateOptions<AzureTableStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureTableStorageOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
