namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Adds the two Prefer headers to every Graph request (graph-calendar.md §5): answers in the region's time zone
/// (its Windows name) and immutable ids, so a stored event id survives folder moves.
/// </summary>
internal sealed class PreferHeadersHandler(string windowsZone) : DelegatingHandler
{
    public const string ImmutableIdPreference = "IdType=\"ImmutableId\"";

    private readonly string timeZonePreference = "outlook.timezone=\"" + windowsZone + "\"";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.Contains("Prefer"))
        {
            request.Headers.TryAddWithoutValidation("Prefer", [timeZonePreference, ImmutableIdPreference]);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
