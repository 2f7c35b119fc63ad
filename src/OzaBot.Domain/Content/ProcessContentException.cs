namespace OzaBot.Domain.Content;

/// <summary>Thrown at start-up when process content is invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ProcessContentException : Exception
{
    public ProcessContentException(IReadOnlyList<string> errors)
        : base("De procesinhoud is ongeldig:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
    {
        Errors = errors;
    }

    public ProcessContentException()
        : this([])
    {
    }

    public ProcessContentException(string message)
        : this([message])
    {
    }

    public ProcessContentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; } = [];
}
