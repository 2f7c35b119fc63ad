using System.Text.Json;
using System.Text.Json.Serialization;

namespace OzaBot.Integrations.Calendar.Storage;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CaseMeetingsDocument))]
[JsonSerializable(typeof(OrganizerBusyDocument))]
[JsonSerializable(typeof(CalendarFileTokenDocument))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
