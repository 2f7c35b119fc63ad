namespace OzaBot.Integrations.AzureTables;

/// <summary>The <c>@odata.type</c> names the Table service uses.</summary>
internal static class EdmType
{
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";
    public const string Annotation = "@odata.type";
}
