namespace OzaBot.Domain.Cases;

/// <summary>The outcome of a case transition: done, or refused with a Dutch reason a user can read.</summary>
public readonly record struct DomainResult(bool IsOk, string? Reason)
{
    public static DomainResult Ok { get; } = new(true, null);

    public bool IsRefused => !IsOk;

    public static DomainResult Refused(string reason) => new(false, reason);

    /// <summary>A transition that created something (an id, a case): done, with its value.</summary>
    public static DomainResult<T> Success<T>(T value) => new(true, value, null);
}

/// <summary>A transition that creates something: its value when done, else a Dutch reason.</summary>
public readonly record struct DomainResult<T>(bool IsOk, T? Value, string? Reason)
{
    public bool IsRefused => !IsOk;

    /// <summary>Lets a refused <see cref="DomainResult"/> flow out of a method that returns a value.</summary>
    public static implicit operator DomainResult<T>(DomainResult result) =>
        result.IsOk ? throw new InvalidOperationException("An Ok result needs a value.") : new(false, default, result.Reason);
}
