using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OzaBot.Testing.Tooling;

namespace OzaBot.Integrations.Tests.Calendar.GraphStandIn;

/// <summary>
/// The Graph v1.0 calendar contract, read from the CSDL slice next to this file (README.md there says
/// where it comes from). Checks a JSON body against a type: every property must be declared on the type
/// or a base type (open types listed in <c>closedOpenTypes</c> are treated as closed, because we never
/// mean to send an undeclared property), values must have the declared kind, enum values must be members,
/// non-nullable properties must not be null. Action parameters match in either casing (graph-calendar.md §6.2).
/// </summary>
internal sealed partial class CsdlContract
{
    private static readonly XNamespace Edm = "http://docs.oasis-open.org/odata/ns/edm";
    private static readonly Lazy<CsdlContract> Loaded = new(() => new CsdlContract(XDocument.Load(
        RepoPaths.Combine("tests", "OzaBot.Integrations.Tests", "Calendar", "GraphStandIn", "graph-v1-calendar.csdl.xml"))));

    private readonly Dictionary<string, StructuredType> types = [];
    private readonly Dictionary<string, HashSet<string>> enums = [];
    private readonly Dictionary<string, List<Member>> actions = [];
    private readonly HashSet<string> closedOpenTypes = ["event"];

    private CsdlContract(XDocument csdl)
    {
        foreach (var element in csdl.Descendants(Edm + "EntityType").Concat(csdl.Descendants(Edm + "ComplexType")))
        {
            var members = element.Elements(Edm + "Property").Concat(element.Elements(Edm + "NavigationProperty"))
                .Select(p => new Member((string)p.Attribute("Name")!, Local((string)p.Attribute("Type")!), (string?)p.Attribute("Nullable") != "false"))
                .ToList();
            types[(string)element.Attribute("Name")!] = new StructuredType(
                (string)element.Attribute("Name")!, Local((string?)element.Attribute("BaseType")), (string?)element.Attribute("OpenType") == "true", members);
        }

        foreach (var element in csdl.Descendants(Edm + "EnumType"))
        {
            enums[(string)element.Attribute("Name")!] = [.. element.Elements(Edm + "Member").Select(m => (string)m.Attribute("Name")!)];
        }

        foreach (var element in csdl.Descendants(Edm + "Action"))
        {
            var parameters = element.Elements(Edm + "Parameter").Select(p => new Member((string)p.Attribute("Name")!, Local((string)p.Attribute("Type")!), (string?)p.Attribute("Nullable") != "false")).ToList();
            actions[$"{(string)element.Attribute("Name")!}({parameters[0].Type})"] = parameters.Skip(1).ToList();
        }
    }

    public static CsdlContract Instance => Loaded.Value;

    public bool HasProperty(string type, string property) => AllMembers(type).Any(m => m.Name == property);

    public IReadOnlyCollection<string> EnumMembers(string type) => enums[type];

    public void ValidateObject(JsonElement value, string type, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: expected a {type} object");
            return;
        }

        if (value.TryGetProperty("@odata.type", out var odataType))
        {
            var derived = Local(odataType.GetString()!.TrimStart('#'));
            if (derived is null || !IsSameOrDerived(derived, type))
            {
                errors.Add($"{path}: @odata.type {odataType} is not a {type}");
                return;
            }

            type = derived;
        }

        var members = AllMembers(type).ToDictionary(m => m.Name);
        var open = types[type] is { } declared && OpenInChain(declared) && !closedOpenTypes.Contains(type);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.StartsWith('@') || property.Name.Contains("@odata.", StringComparison.Ordinal))
            {
                continue;
            }

            if (members.TryGetValue(property.Name, out var member))
            {
                ValidateValue(property.Value, member.Type, member.Nullable, $"{path}.{property.Name}", errors);
            }
            else if (!open)
            {
                errors.Add($"{path}.{property.Name}: not a property of {type}");
            }
        }
    }

    /// <summary>Checks an action body; returns the parameters by their CSDL name (the caller checks which are required).</summary>
    public Dictionary<string, JsonElement> ValidateAction(JsonElement body, string action, string bindingType, List<string> errors)
    {
        var found = new Dictionary<string, JsonElement>();
        if (!actions.TryGetValue($"{action}({bindingType})", out var parameters) || body.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{action}: no such action on {bindingType}, or body is not an object");
            return found;
        }

        foreach (var property in body.EnumerateObject())
        {
            var parameter = parameters.Find(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null)
            {
                errors.Add($"{action}.{property.Name}: not a parameter");
                continue;
            }

            ValidateValue(property.Value, parameter.Type, parameter.Nullable, $"{action}.{parameter.Name}", errors);
            found[parameter.Name] = property.Value;
        }

        return found;
    }

    private void ValidateValue(JsonElement value, string type, bool nullable, string path, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                errors.Add($"{path}: may not be null");
            }

            return;
        }

        if (CollectionOf().Match(type) is { Success: true } collection)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{path}: expected an array");
                return;
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                ValidateValue(item, Local(collection.Groups[1].Value)!, false, $"{path}[{index++}]", errors);
            }

            return;
        }

        var ok = type switch
        {
            "Edm.String" => value.ValueKind == JsonValueKind.String,
            "Edm.Boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "Edm.Int32" or "Edm.Int64" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "Edm.Double" => value.ValueKind == JsonValueKind.Number,
            "Edm.Date" => value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "Edm.DateTimeOffset" => value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "Edm.Duration" => value.ValueKind == JsonValueKind.String && value.GetString()!.StartsWith('P'),
            "Edm.Guid" => value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out _),
            _ when enums.TryGetValue(type, out var members) => value.ValueKind == JsonValueKind.String && value.GetString()!.Split(',').All(members.Contains),
            _ when types.ContainsKey(type) => true,
            _ => false,
        };
        if (!ok)
        {
            errors.Add($"{path}: {value.GetRawText()} is not a valid {type}");
        }
        else if (types.ContainsKey(type))
        {
            ValidateObject(value, type, path, errors);
        }
    }

    private IEnumerable<Member> AllMembers(string type)
    {
        for (var current = types.GetValueOrDefault(type); current is not null; current = current.BaseType is null ? null : types.GetValueOrDefault(current.BaseType))
        {
            foreach (var member in current.Members)
            {
                yield return member;
            }
        }
    }

    private bool OpenInChain(StructuredType type) =>
        type.Open || (type.BaseType is not null && types.TryGetValue(type.BaseType, out var parent) && OpenInChain(parent));

    private bool IsSameOrDerived(string candidate, string expected)
    {
        for (var current = types.GetValueOrDefault(candidate); current is not null; current = current.BaseType is null ? null : types.GetValueOrDefault(current.BaseType))
        {
            if (current.Name == expected)
            {
                return true;
            }
        }

        return false;
    }

    [return: NotNullIfNotNull(nameof(qualified))]
    private static string? Local(string? qualified) => qualified switch
    {
        null => null,
        _ when qualified.StartsWith("graph.", StringComparison.Ordinal) => qualified["graph.".Length..],
        _ when qualified.StartsWith("microsoft.graph.", StringComparison.Ordinal) => qualified["microsoft.graph.".Length..],
        _ => qualified,
    };

    [GeneratedRegex(@"^Collection\((.+)\)$")]
    private static partial Regex CollectionOf();

    private sealed record Member(string Name, string Type, bool Nullable);

    private sealed record StructuredType(string Name, string? BaseType, bool Open, List<Member> Members);
}
