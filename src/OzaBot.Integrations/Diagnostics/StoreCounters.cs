namespace OzaBot.Integrations.Diagnostics;

/// <summary>
/// How often the stores were read and written since start: conversation state (<c>IStorage</c>) and cases
/// (<c>ICaseRepository</c>). The benchmark divides the change over a run by its turns, which shows whether a
/// turn keeps to one state read, one case read and writes only on a change.
/// </summary>
public sealed class StoreCounters
{
    private long _stateReads;
    private long _stateWrites;
    private long _caseReads;
    private long _caseWrites;

    public StoreCounts Snapshot() => new(
        Interlocked.Read(ref _stateReads),
        Interlocked.Read(ref _stateWrites),
        Interlocked.Read(ref _caseReads),
        Interlocked.Read(ref _caseWrites));

    internal void StateRead() => Interlocked.Increment(ref _stateReads);

    internal void StateWrite() => Interlocked.Increment(ref _stateWrites);

    internal void CaseRead() => Interlocked.Increment(ref _caseReads);

    internal void CaseWrite() => Interlocked.Increment(ref _caseWrites);
}

/// <summary>One reading of <see cref="StoreCounters"/>; deletes count as writes, queries as reads.</summary>
public sealed record StoreCounts(long StateReads, long StateWrites, long CaseReads, long CaseWrites);
