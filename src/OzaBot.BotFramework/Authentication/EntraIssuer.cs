using System.Diagnostics.CodeAnalysis;

namespace OzaBot.BotFramework.Authentication;

/// <summary>Recognises the two issuer shapes of Entra ID tokens and extracts the tenant id.</summary>
internal static class EntraIssuer
{
    private const string V1Prefix = "https://sts.windows.net/";
    private const string V2Prefix = "https://login.microsoftonline.com/";
    private const string V2Suffix = "/v2.0";

    public static bool TryGetTenant(string? issuer, [NotNullWhen(true)] out string? tenant)
    {
        tenant = null;
        if (issuer is null)
        {
            return false;
        }

        if (issuer.StartsWith(V1Prefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            tenant = issuer[V1Prefix.Length..^1];
        }
        else if (issuer.StartsWith(V2Prefix, StringComparison.Ordinal) && issuer.EndsWith(V2Suffix, StringComparison.Ordinal))
        {
            tenant = issuer[V2Prefix.Length..^V2Suffix.Length];
        }

        return Guid.TryParse(tenant, out _);
    }
}
