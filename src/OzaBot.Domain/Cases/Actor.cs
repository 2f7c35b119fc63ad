namespace OzaBot.Domain.Cases;

/// <summary>Who makes a change (an opaque user id, never a name) and when.</summary>
public readonly record struct Actor(string UserId, DateTimeOffset At);
