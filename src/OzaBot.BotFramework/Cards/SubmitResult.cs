using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>A typed submit payload, or the message that tells the user why it was refused.</summary>
public sealed class SubmitResult<T>
{
    internal SubmitResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>Null when valid; otherwise the user-facing message (Dutch unless the locale is English).</summary>
    public string? Error { get; }

    public bool IsValid => Error is null;
}

public static class SubmitResult
{
    /// <summary>
    /// Reads <paramref name="data"/> with <paramref name="read"/>, then refuses any field it did not read
    /// (except <paramref name="ignoredFields"/>). <paramref name="read"/> must not throw on missing values
    /// (use <c>?? default</c>): its result is discarded when anything was invalid.
    /// </summary>
    public static SubmitResult<T> Parse<T>(JsonObject data, string? locale, Func<SubmitReader, T> read, params string[] ignoredFields)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = new SubmitReader(data, locale);
        var value = read(reader);
        reader.RejectUnread(ignoredFields);
        return reader.IsValid ? new SubmitResult<T>(value, null) : new SubmitResult<T>(default, reader.ErrorMessage);
    }
}
