using Azure;
using OzaBot.BotFramework.State;

namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// The one place where the SDK's failures become ours: 409 (exists) and 412 (ETag changed) are
/// <see cref="StorageConflictException"/>, never retried by the SDK; transient failures that outlived the
/// SDK's retries — a last 408/429/5xx answer, or the <see cref="AggregateException"/> it throws when every
/// attempt failed without an answer (connection refused, timeouts) — are <see cref="StorageUnavailableException"/>.
/// </summary>
internal static class AzureTableCalls
{
    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new StorageConflictException(StorageConflictException.For(what).Message, e);
        }
        catch (RequestFailedException e) when (e.Status is 0 or 408 or 429 or >= 500)
        {
            throw new StorageUnavailableException($"Azure Table storage did not answer for '{what}' (HTTP {e.Status}).", e);
        }
        catch (AggregateException e)
        {
            throw new StorageUnavailableException($"Azure Table storage could not be reached for '{what}'.", e);
        }
    }

    public static Task RunAsync(string what, Func<Task> call) =>
        RunAsync(what, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        });
}
