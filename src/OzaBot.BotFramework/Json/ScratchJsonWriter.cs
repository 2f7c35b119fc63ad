using System.Buffers;
using System.Text.Json;

namespace OzaBot.BotFramework.Json;

/// <summary>
/// A JSON writer and its buffer, kept per thread, for a document that is copied out (compared, turned into a string or
/// an element) before the writer is disposed: every turn writes its state and most write a card, and a new buffer for
/// each, grown by doubling to the document's size, made a tenth of a turn's allocations.
/// </summary>
/// <example><code>
/// using var scratch = ScratchJsonWriter.Rent();
/// JsonSerializer.Serialize(scratch.Writer, value, typeInfo);
/// var text = Encoding.UTF8.GetString(scratch.Written);
/// </code></example>
internal sealed class ScratchJsonWriter : IDisposable
{
    // A writer that grew past this (a document far beyond the usual few kilobytes) is not kept.
    private const int MaxKeptBytes = 256 * 1024;

    [ThreadStatic]
    private static ScratchJsonWriter? t_free;

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    private ScratchJsonWriter() => Writer = new Utf8JsonWriter(_buffer);

    public Utf8JsonWriter Writer { get; }

    /// <summary>What has been written so far (flushed); valid until the writer is disposed.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenSpan;
        }
    }

    /// <summary>This thread's writer, emptied; a second one while it is rented (a nested write) is a new one.</summary>
    public static ScratchJsonWriter Rent()
    {
        var scratch = t_free ?? new ScratchJsonWriter();
        t_free = null;
        scratch._buffer.ResetWrittenCount();
        scratch.Writer.Reset(scratch._buffer);
        return scratch;
    }

    /// <summary>Gives the writer back to the thread it is disposed on.</summary>
    public void Dispose()
    {
        if (_buffer.Capacity <= MaxKeptBytes)
        {
            t_free = this;
        }
    }
}
