namespace OzaBot.Integrations.Calendar.Graph;

internal static class GraphMailboxes
{
    /// <summary>Minutes per free/busy slot asked of getSchedule.</summary>
    public const int AvailabilityViewInterval = 15;
}
