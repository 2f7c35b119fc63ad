namespace OzaBot.Integrations.AzureTables;

/// <summary>
/// A query: an OData <c>$filter</c> (build literals with <see cref="TableFilter"/>), an optional page
/// size (<c>$top</c>, at most 1,000) and an optional <c>$select</c>.
/// </summary>
internal sealed record TableQuery(string? Filter = null, int? Top = null, IReadOnlyList<string>? Select = null);

/// <summary>The opaque continuation the service returns when a result set continues on another page.</summary>
internal sealed record TableContinuation(string NextPartitionKey, string? NextRowKey);

internal sealed record TableQueryPage(IReadOnlyList<TableEntity> Entities, TableContinuation? Continuation);
