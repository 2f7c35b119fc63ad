using OzaBot.Domain.Scheduling;
using OzaBot.Integrations.Calendar.Storage;

namespace OzaBot.Integrations.Calendar.Graph;

/// <summary>The signed-in user's own calendar (<c>/me</c>) on one shared Graph pipeline, a token on behalf of the user per call.</summary>
internal sealed class SignedInCalendars(OnBehalfOfTokens tokens, string baseUrl, HttpClient http, MeetingStore store, SlotFinder finder, TimeProvider time, GraphTime graphTime) : ISignedInCalendars
{
    public ICalendarService For(string userToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userToken);
        var graph = GraphClients.Create(new OnBehalfOfTokenProvider(tokens, userToken, baseUrl), baseUrl, http);
        return new GraphCalendarService(new SignedInUserMailbox(graph), store, finder, time, graphTime);
    }
}
