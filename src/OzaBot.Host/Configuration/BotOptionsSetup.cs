using Microsoft.Extensions.Options;
using OzaBot.BotFramework.Authentication;

namespace OzaBot.Host.Configuration;

/// <summary>
/// Binds <c>Bot:*</c>, accepting the names Bot Builder (<c>MicrosoftApp*</c>) and the Teams Toolkit
/// (<c>BOT_*</c>) use, so an existing bot registration's settings work unchanged.
/// </summary>
internal sealed class BotOptionsSetup(IConfiguration configuration) : IConfigureOptions<BotAuthenticationOptions>
{
    public void Configure(BotAuthenticationOptions options)
    {
        options.AppId = First(ConfigurationKeys.BotAppId, "MicrosoftAppId", "BOT_ID");
        options.AppPassword = First(ConfigurationKeys.BotAppPassword, "MicrosoftAppPassword", "BOT_PASSWORD");
        options.TenantId = First(ConfigurationKeys.BotTenantId, "MicrosoftAppTenantId", "BOT_TENANT_ID");
        var appType = First(ConfigurationKeys.BotAppType, "MicrosoftAppType", "BOT_TYPE");
        if (!string.IsNullOrEmpty(appType))
        {
            options.AppType = Enum.TryParse<BotAppType>(appType, ignoreCase: true, out var parsed)
                ? parsed
                : throw new OptionsValidationException(ConfigurationKeys.BotAppType, typeof(BotAuthenticationOptions), [$"{ConfigurationKeys.BotAppType} must be SingleTenant, MultiTenant or UserAssignedMSI."]);
        }

        options.AllowUnauthenticated = configuration.GetValue<bool>(ConfigurationKeys.BotAllowUnauthenticated);
    }

    private string? First(params string[] keys) =>
        keys.Select(key => configuration[key]).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}

/// <summary>Refuses an unusable bot identity at start-up, and development mode unless every listening address is loopback.</summary>
internal sealed class BotOptionsValidator(IConfiguration configuration) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var problems = options.Validate().ToList();
        if (options.AllowUnauthenticated)
        {
            problems.AddRange(ListeningUrls().Where(url => !IsLoopbackListenUrl(url))
                .Select(url => $"{ConfigurationKeys.BotAllowUnauthenticated}=true is only allowed when the host listens on loopback only; '{url}' is not."));
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private List<string> ListeningUrls()
    {
        var urls = configuration["urls"];
        var configured = string.IsNullOrWhiteSpace(urls) ? [] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        var all = configured.Concat(endpoints).ToList();
        return all.Count > 0 ? all : [OzaBotApp.DefaultUrl];
    }

    // Kestrel also accepts "http://*:80" and "http://+:80": Uri cannot parse those, so they count as not loopback.
    private static bool IsLoopbackListenUrl(string url) => LoopbackAddresses.IsLoopbackUrl(url);
}
