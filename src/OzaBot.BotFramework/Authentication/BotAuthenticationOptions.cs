namespace OzaBot.BotFramework.Authentication;

public enum BotAppType
{
    /// <summary>The default for new Azure Bot registrations (multi-tenant creation is deprecated).</summary>
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}

/// <summary>The bot's identity and where the Bot Framework and Entra publish their signing keys.</summary>
public sealed class BotAuthenticationOptions
{
    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    public string? TenantId { get; set; }

    /// <summary>
    /// Explicit local development switch: requests without a token are accepted, no token is sent,
    /// and only loopback service URLs are ever called. The host refuses it unless it listens on loopback only.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    public Uri EntraOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Authority host for outbound tokens (tenant appended), e.g. https://login.microsoftonline.com.</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Keys are refetched at least this often (the Bot Framework asks for at least daily).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>An unknown key id forces a refetch, but not more often than this.</summary>
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool HasCredentials => !string.IsNullOrWhiteSpace(AppId);

    /// <summary>Returns the problems with this configuration, empty when it is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (AllowUnauthenticated)
        {
            return problems;
        }

        if (!HasCredentials)
        {
            problems.Add("Bot:AppId is required (or set Bot:AllowUnauthenticated=true for local development on loopback).");
            return problems;
        }

        switch (AppType)
        {
            case BotAppType.SingleTenant:
                Require(AppPassword, "Bot:AppPassword is required for AppType SingleTenant.");
                Require(TenantId, "Bot:TenantId is required for AppType SingleTenant.");
                break;
            case BotAppType.MultiTenant:
                Require(AppPassword, "Bot:AppPassword is required for AppType MultiTenant.");
                break;
            case BotAppType.UserAssignedMSI:
                Require(TenantId, "Bot:TenantId is required for AppType UserAssignedMSI.");
                if (!string.IsNullOrEmpty(AppPassword))
                {
                    problems.Add("Bot:AppPassword must be empty for AppType UserAssignedMSI (the managed identity is the credential).");
                }

                break;
        }

        return problems;

        void Require(string? value, string problem)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(problem);
            }
        }
    }
}
