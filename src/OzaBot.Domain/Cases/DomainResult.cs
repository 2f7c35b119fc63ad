namespace OzaBot.Domain.Cases;

/// <summary>The outcome of a case transition: done, or refused with a <see cref="Refusal"/> (said in the user's language by <see cref="RefusalTexts"/>).</summary>
public readonly record struct DomainResult(bool IsOk, Refusal? Reason)
{
    public static DomainResult Ok { get; } = new(true, null);

    public bool IsRefused => !IsOk;

    public static DomainResult Refused(Refusal reason) => new(false, reason);

    /// <summary>A transition that created something (an id, a case): done, with its value.</summary>
    public static DomainResult<T> Success<T>(T value) => new(true, value, null);
}

/// <summary>A transition that creates something: its value when done, else why it was refused.</summary>
public readonly record struct DomainResult<T>(bool IsOk, T? Value, Refusal? Reason)
{
    public bool IsRefused => !IsOk;

    /// <summary>Lets a refused <see cref="DomainResult"/> flow out of a method that returns a value.</summary>
    public static implicit operator DomainResult<T>(DomainResult result) =>
        result.IsOk ? throw new InvalidOperationException("An Ok result needs a value.") : new(false, default, result.Reason);
}
