using System.Text.Json.Serialization;
using OzaBot.LoadGenerator.Report;
using OzaBot.LoadGenerator.Script;

namespace OzaBot.LoadGenerator;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationScript))]
[JsonSerializable(typeof(BenchResults))]
internal sealed partial class GeneratorJsonContext : JsonSerializerContext;
