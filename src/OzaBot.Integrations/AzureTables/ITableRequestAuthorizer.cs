namespace OzaBot.Integrations.AzureTables;

/// <summary>Adds the Authorization header to a request whose <c>x-ms-date</c> is already set.</summary>
internal interface ITableRequestAuthorizer
{
    ValueTask AuthorizeAsync(HttpRequestMessage request, string date, CancellationToken cancellationToken);
}
