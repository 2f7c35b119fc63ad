using Azure.Data.Tables;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// Creates a table on first use: one attempt shared by all callers, a failed attempt retried by the
/// next call, then an optional one-time step (a migration) run after it the same way.
/// </summary>
internal sealed class TableOnce(TableClient table, Func<CancellationToken, Task>? then = null)
{
    private readonly Lock _gate = new();
    private Task? _ready;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                _ready = RunAsync();
            }

            return _ready.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync()
    {
        await AzureTableCalls.RunAsync(table.Name, () => table.CreateIfNotExistsAsync(CancellationToken.None));
        if (then is not null)
        {
            await then(CancellationToken.None);
        }
    }
}
