using System.Text.Json.Serialization;

namespace OzaBot.BotFramework.Tests.Cards;

internal sealed record SampleData(string CaseCode, int Revision);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SampleData))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
