using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;

namespace OzaBot.Host.Tests.EndToEnd;

/// <summary>What an Azure Table entity holds, as text a scan can search.</summary>
internal static class StoredText
{
    /// <summary>Every key and property as text; binary properties also gunzipped (documents are stored compressed).</summary>
    public static string Of(TableEntity entity)
    {
        var text = new StringBuilder(entity.PartitionKey).Append('\n').Append(entity.RowKey);
        foreach (var (name, value) in entity)
        {
            text.Append('\n').Append(name).Append('=');
            if (value is byte[] bytes)
            {
                text.Append(Encoding.UTF8.GetString(bytes)).Append('\n').Append(Gunzip(bytes));
            }
            else
            {
                text.Append(value);
            }
        }

        return text.ToString();
    }

    private static string Gunzip(byte[] bytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (InvalidDataException)
        {
            return "";
        }
    }
}
