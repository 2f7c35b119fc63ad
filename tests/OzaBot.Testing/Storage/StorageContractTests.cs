using System.Globalization;
using System.Text;
using System.Text.Json;
using OzaBot.BotFramework.State;
using Xunit;

namespace OzaBot.Testing.Storage;

/// <summary>
/// The one contract every <see cref="IStorage"/> passes (memory, SQLite, Azure Tables). A store's
/// test class inherits this and says how to open its store over durable test data; xunit creates a
/// new instance per test, so a subclass may set up fresh data (a file, a table) in its constructor.
/// </summary>
/// <remarks>
/// Keys get a per-test random prefix so stores that share data between tests (one Azurite table)
/// stay independent. No test sleeps or measures time.
/// </remarks>
public abstract class StorageContractTests
{
    private readonly string _prefix = "contract-" + Guid.NewGuid().ToString("N")[..12] + "/";

    /// <summary>Keys that must round-trip and stay distinct: unicode, path and URL characters, control characters, case.</summary>
    public static IReadOnlyList<string> AwkwardKeyNames { get; } =
    [
        "msteams/conversations/19:abc@thread.tacv2;messageid=1700000000000",
        "Ünïcødé/ключ/鍵/🎓",
        "slash/and\\backslash",
        "hash#and?question&amp=1",
        "percent%2Fencoded",
        "percent/encoded",
        "percent_2Fencoded",
        "tab\tnewline\ncarriage\r",
        "control\u0001\u001f\u007f\u0085",
        "zero\u200bwidth\u200djoiner",
        "  spaces around  ",
        "Case",
        "case",
        "'single\"double`back",
        "x'); DROP TABLE documents; --",
    ];

    public static TheoryData<string> AwkwardKeys { get; } = new(AwkwardKeyNames);

    /// <summary>How many writers the concurrency test runs in parallel.</summary>
    protected virtual int ConcurrentWriters => 8;

    /// <summary>How many increments each writer makes.</summary>
    protected virtual int IncrementsPerWriter => 5;

    /// <summary>
    /// Opens the store under test over this test's data. Called more than once per test (to reopen,
    /// or to get a second client over the same data); every call must see the same documents.
    /// </summary>
    protected abstract Task<IStorage> OpenStoreAsync();

    /// <summary>Closes a store from <see cref="OpenStoreAsync"/>. The default disposes it if it is disposable.</summary>
    protected virtual async Task CloseStoreAsync(IStorage store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    [Fact]
    public Task Missing_key_reads_null() => WithStoreAsync(async store =>
    {
        Assert.Null(await store.ReadAsync(Key("missing")));
    });

    [Fact]
    public Task Create_only_write_then_read_returns_the_same_json_and_etag() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        var json = Doc(1);

        var eTag = await store.WriteAsync(key, json, eTag: null);

        Assert.False(string.IsNullOrEmpty(eTag));
        Assert.NotEqual("*", eTag);
        var item = await store.ReadAsync(key);
        Assert.NotNull(item);
        Assert.Equal(key, item.Key);
        Assert.Equal(json, item.Json);
        Assert.Equal(eTag, item.ETag);
    });

    [Fact]
    public Task Create_only_write_conflicts_when_the_key_exists() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        var eTag = await store.WriteAsync(key, Doc(1), eTag: null);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(2), eTag: null));

        var item = await store.ReadAsync(key);
        Assert.Equal(Doc(1), item!.Json);
        Assert.Equal(eTag, item.ETag);
    });

    [Fact]
    public Task If_match_write_succeeds_with_the_current_etag_and_changes_it() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        var first = await store.WriteAsync(key, Doc(1), eTag: null);

        var second = await store.WriteAsync(key, Doc(2), first);

        Assert.NotEqual(first, second);
        var item = await store.ReadAsync(key);
        Assert.Equal(Doc(2), item!.Json);
        Assert.Equal(second, item.ETag);
    });

    [Fact]
    public Task If_match_write_conflicts_with_a_stale_etag() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        var first = await store.WriteAsync(key, Doc(1), eTag: null);
        var second = await store.WriteAsync(key, Doc(2), first);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(3), first));

        var item = await store.ReadAsync(key);
        Assert.Equal(Doc(2), item!.Json);
        Assert.Equal(second, item.ETag);
    });

    [Fact]
    public Task If_match_write_conflicts_with_an_empty_or_made_up_etag() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        await store.WriteAsync(key, Doc(1), eTag: null);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(2), string.Empty));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(2), "not-an-etag-this-store-made"));

        Assert.Equal(Doc(1), (await store.ReadAsync(key))!.Json);
    });

    [Fact]
    public Task If_match_write_conflicts_when_the_key_is_missing() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        var eTag = await store.WriteAsync(key, Doc(1), eTag: null);
        await store.DeleteAsync(key, eTag: null);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(2), eTag));

        Assert.Null(await store.ReadAsync(key));
    });

    [Fact]
    public Task Star_creates_and_overwrites_whatever_is_stored() => WithStoreAsync(async store =>
    {
        var key = Key("doc");

        var created = await store.WriteAsync(key, Doc(1), "*");
        var overwritten = await store.WriteAsync(key, Doc(2), "*");

        Assert.NotEqual(created, overwritten);
        var item = await store.ReadAsync(key);
        Assert.Equal(Doc(2), item!.Json);
        Assert.Equal(overwritten, item.ETag);
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(3), created));
    });

    [Fact]
    public Task Unconditional_delete_removes_the_document_and_ignores_missing_keys() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        await store.WriteAsync(key, Doc(1), eTag: null);

        await store.DeleteAsync(key, eTag: null);
        Assert.Null(await store.ReadAsync(key));

        await store.DeleteAsync(key, eTag: null);
        await store.DeleteAsync(key, "*");
        await store.DeleteAsync(Key("never-written"), "*");

        await store.WriteAsync(key, Doc(2), eTag: null);
        Assert.Equal(Doc(2), (await store.ReadAsync(key))!.Json);
    });

    [Fact]
    public Task If_match_delete_removes_only_the_current_version() => WithStoreAsync(async store =>
    {
        var key = Key("doc");
        var first = await store.WriteAsync(key, Doc(1), eTag: null);
        var second = await store.WriteAsync(key, Doc(2), first);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.DeleteAsync(key, first));
        Assert.Equal(Doc(2), (await store.ReadAsync(key))!.Json);

        await store.DeleteAsync(key, second);
        Assert.Null(await store.ReadAsync(key));

        await Assert.ThrowsAsync<StorageConflictException>(() => store.DeleteAsync(key, second));
    });

    [Fact]
    public Task Empty_keys_are_rejected() => WithStoreAsync(async store =>
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ReadAsync(string.Empty));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.WriteAsync(string.Empty, Doc(1), "*"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.DeleteAsync(string.Empty, "*"));
    });

    [Fact]
    public Task Large_documents_of_more_than_one_megabyte_round_trip() => WithStoreAsync(async store =>
    {
        var key = Key("large");
        var first = LargeDoc('a');
        var second = LargeDoc('b');
        Assert.True(Encoding.UTF8.GetByteCount(first) > 1024 * 1024);

        var eTag = await store.WriteAsync(key, first, eTag: null);
        Assert.Equal(first, (await store.ReadAsync(key))!.Json);

        await store.WriteAsync(key, second, eTag);
        var item = await store.ReadAsync(key);
        Assert.Equal(second, item!.Json);
    });

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public Task Awkward_keys_round_trip(string name) => WithStoreAsync(async store =>
    {
        var key = Key(name);
        var json = JsonSerializer.Serialize(name);

        var eTag = await store.WriteAsync(key, json, eTag: null);
        var item = await store.ReadAsync(key);
        Assert.Equal(key, item!.Key);
        Assert.Equal(json, item.Json);

        eTag = await store.WriteAsync(key, Doc(2), eTag);
        await Assert.ThrowsAsync<StorageConflictException>(() => store.WriteAsync(key, Doc(3), eTag: null));
        await store.DeleteAsync(key, eTag);
        Assert.Null(await store.ReadAsync(key));
    });

    [Fact]
    public Task Awkward_keys_are_distinct_documents() => WithStoreAsync(async store =>
    {
        foreach (var name in AwkwardKeyNames)
        {
            await store.WriteAsync(Key(name), JsonSerializer.Serialize(name), eTag: null);
        }

        foreach (var name in AwkwardKeyNames)
        {
            var item = await store.ReadAsync(Key(name));
            Assert.Equal(JsonSerializer.Serialize(name), item!.Json);
        }
    });

    [Fact]
    public async Task Concurrent_read_increment_write_loops_lose_no_increment()
    {
        // Two clients over the same data, as two bot instances would have.
        var first = await OpenStoreAsync();
        var second = await OpenStoreAsync();
        try
        {
            var key = Key("counter");
            await first.WriteAsync(key, Doc(0), eTag: null);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            var writers = Enumerable.Range(0, ConcurrentWriters)
                .Select(i => Task.Run(async () =>
                {
                    await start.Task;
                    await IncrementAsync(i % 2 == 0 ? first : second, key, IncrementsPerWriter);
                }))
                .ToList();
            start.SetResult();
            await Task.WhenAll(writers);

            var item = await first.ReadAsync(key);
            Assert.Equal(ConcurrentWriters * IncrementsPerWriter, Count(item!.Json));
            Assert.Equal(item.ETag, (await second.ReadAsync(key))!.ETag);
        }
        finally
        {
            await CloseStoreAsync(first);
            await CloseStoreAsync(second);
        }
    }

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_store()
    {
        var kept = Key("kept");
        var changed = Key("changed");
        var deleted = Key("deleted");
        var large = LargeDoc('z');
        string changedETag;

        var store = await OpenStoreAsync();
        try
        {
            await store.WriteAsync(kept, large, eTag: null);
            changedETag = await store.WriteAsync(changed, Doc(1), eTag: null);
            changedETag = await store.WriteAsync(changed, Doc(2), changedETag);
            await store.WriteAsync(deleted, Doc(1), eTag: null);
            await store.DeleteAsync(deleted, eTag: null);
        }
        finally
        {
            await CloseStoreAsync(store);
        }

        var reopened = await OpenStoreAsync();
        try
        {
            Assert.Equal(large, (await reopened.ReadAsync(kept))!.Json);
            var item = await reopened.ReadAsync(changed);
            Assert.Equal(Doc(2), item!.Json);
            Assert.Equal(changedETag, item.ETag);
            Assert.Null(await reopened.ReadAsync(deleted));

            // ETags stay valid across a restart: the reopened store accepts the old one once.
            await reopened.WriteAsync(changed, Doc(3), changedETag);
            await Assert.ThrowsAsync<StorageConflictException>(() => reopened.WriteAsync(changed, Doc(4), changedETag));
        }
        finally
        {
            await CloseStoreAsync(reopened);
        }
    }

    /// <summary>A key unique to this test run.</summary>
    protected string Key(string name) => _prefix + name;

    private async Task WithStoreAsync(Func<IStorage, Task> test)
    {
        var store = await OpenStoreAsync();
        try
        {
            await test(store);
        }
        finally
        {
            await CloseStoreAsync(store);
        }
    }

    private static async Task IncrementAsync(IStorage store, string key, int increments)
    {
        const int MaxAttemptsPerIncrement = 10_000;
        for (var done = 0; done < increments; done++)
        {
            for (var attempt = 1; ; attempt++)
            {
                var item = await store.ReadAsync(key);
                try
                {
                    await store.WriteAsync(key, Doc(Count(item!.Json) + 1), item.ETag);
                    break;
                }
                catch (StorageConflictException) when (attempt < MaxAttemptsPerIncrement)
                {
                    // Someone else won this round: read again and retry on the fresh value.
                }
            }
        }
    }

    private static string Doc(int count) => "{\"count\":" + count.ToString(CultureInfo.InvariantCulture) + "}";

    private static int Count(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("count").GetInt32();
    }

    private static string LargeDoc(char marker)
    {
        // Mixed ASCII, accented Latin and astral characters, so byte and char counts differ.
        const string Pattern = "Onderwijs-zorgarrangement één stap ✓ 🎓 ";
        var text = new StringBuilder(1_100_000);
        while (text.Length < 1_050_000)
        {
            text.Append(Pattern);
        }

        return "{\"marker\":\"" + marker + "\",\"text\":\"" + text + "\"}";
    }
}
