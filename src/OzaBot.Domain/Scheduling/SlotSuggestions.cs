namespace OzaBot.Domain.Scheduling;

/// <param name="UnknownAvailability">Attendees whose free/busy could not be read (outside the tenant, or the Local adapter): the card says so.</param>
public sealed record SlotSuggestions(IReadOnlyList<TimeSlot> Slots, IReadOnlyList<string> UnknownAvailability);
