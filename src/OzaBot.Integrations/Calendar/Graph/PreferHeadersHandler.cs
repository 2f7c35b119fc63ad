namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>
/// Adds the two Prefer headers to every Graph request (graph-calendar.md §5): answers in
/// "W. Europe Standard Time" and immutable ids, so a stored event id survives folder moves.
/// </summary>
internal sealed class PreferHeadersHandler : DelegatingHandler
{
    public const string TimeZonePreference = "outlook.timezone=\"" + GraphTime.WindowsZone + "\"";
    public const string ImmutableIdPreference = "IdType=\"ImmutableId\"";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Headers.Contains("Prefer"))
        {
            request.Headers.TryAddWithoutValidation("Prefer", [TimeZonePreference, ImmutableIdPreference]);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
