namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// One table row. Property values are typed so they round-trip with the right EDM type:
/// <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateTimeOffset"/>, <see cref="Guid"/> and <see cref="byte"/>[]. The service does not
/// store nulls, so a property is either present with a value or absent.
/// </summary>
internal sealed class TableEntity(string partitionKey, string rowKey)
{
    public string PartitionKey { get; } = partitionKey;

    public string RowKey { get; } = rowKey;

    /// <summary>Set on entities read from the service; opaque, echo verbatim.</summary>
    public string? ETag { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);

    public object this[string name]
    {
        get => Properties[name];
        set => Properties[name] = value;
    }

    public T? Get<T>(string name) => Properties.TryGetValue(name, out var value) && value is T typed ? typed : default;
}
