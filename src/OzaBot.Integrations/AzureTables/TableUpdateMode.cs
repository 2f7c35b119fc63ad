namespace OzaBot.Integrations.AzureTables;

/// <summary>Replace (PUT) drops properties the new entity does not carry; Merge (MERGE) keeps them.</summary>
internal enum TableUpdateMode
{
    Replace,
    Merge,
}
