namespace OzaBot.Domain.Scheduling;

/// <summary>The one exception the calendar port throws. The message is technical (for logs, no personal data); show <see cref="SchedulingTexts.Error"/> to users.</summary>
public sealed class CalendarException : Exception
{
    public CalendarException()
    {
    }

    public CalendarException(string message)
        : base(message)
    {
    }

    public CalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendarException(CalendarErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public CalendarErrorKind Kind { get; } = CalendarErrorKind.Failed;
}
