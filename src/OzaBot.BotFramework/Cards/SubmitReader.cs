using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OzaBot.BotFramework.Cards;

/// <summary>
/// Reads untrusted card data into typed values. Every read validates (presence, type, length, range,
/// allowed values) and records a user-facing error instead of throwing, so one answer can list all
/// problems. Typical use, in a record's factory:
/// <code>
/// var reader = new SubmitReader(submission.Data, activity.Locale);
/// var note = reader.Optional("note", 1000, "Notitie");
/// var revision = reader.WholeNumber("revision", 0, int.MaxValue);
/// reader.RejectUnread();
/// return reader.IsValid ? new SaveNote(note, revision ?? 0) : /* show reader.ErrorMessage */;
/// </code>
/// Or, shorter, <see cref="SubmitResult.Parse{T}(JsonObject, string?, Func{SubmitReader, T})"/>.
/// </summary>
public sealed class SubmitReader(JsonObject data, string? locale = null, Func<string, string>? labels = null)
{
    // Choice and enum values are short codes; anything longer is refused before it is compared.
    private const int MaxChoiceLength = 100;

    private readonly List<string> errors = [];
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Errors => errors;

    /// <summary>A field's label in the locale's language (<paramref name="labels"/> translates the card's Dutch label).</summary>
    private string Label(string label) => labels?.Invoke(label) ?? label;

    public bool IsValid => errors.Count == 0;

    /// <summary>All errors as one Dutch (or English) message, e.g. "Dat kon ik niet opslaan: 'Notitie' is te lang (…)".</summary>
    public string ErrorMessage => CardTexts.NotSaved(locale) + " " + string.Join(' ', errors);

    /// <summary>A text that must be present and non-empty after trimming.</summary>
    public string? Required(string field, int maxLength, string? label = null)
    {
        var before = errors.Count;
        var text = Optional(field, maxLength, label);
        if (text is null && errors.Count == before)
        {
            errors.Add(CardTexts.Missing(locale, Label(label ?? field)));
        }

        return text;
    }

    /// <summary>A text or null when absent or blank. Control characters other than line breaks and tabs are refused.</summary>
    public string? Optional(string field, int maxLength, string? label = null)
    {
        read.Add(field);
        if (!data.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            errors.Add(CardTexts.Invalid(locale, Label(label ?? field)));
            return null;
        }

        var text = value.GetValue<string>().Trim();
        if (text.Length > maxLength)
        {
            errors.Add(CardTexts.TooLong(locale, Label(label ?? field), maxLength));
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(CardTexts.Invalid(locale, Label(label ?? field)));
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>A whole number in [min, max], sent as a JSON number or as digits (inputs send text).</summary>
    public int? WholeNumber(string field, int min, int max, string? label = null)
    {
        read.Add(field);
        int? number = data[field] switch
        {
            JsonValue v when v.TryGetValue(out int whole) => whole,
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out double d)
                && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            JsonValue v when v.GetValueKind() == JsonValueKind.String
                && int.TryParse(v.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number >= min && number <= max)
        {
            return number;
        }

        errors.Add(CardTexts.OutOfRange(locale, Label(label ?? field), min, max));
        return null;
    }

    /// <summary>A date as an Input.Date sends it (yyyy-MM-dd); required.</summary>
    public DateOnly? Date(string field, string? label = null)
    {
        var text = Required(field, MaxChoiceLength, label);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(CardTexts.Invalid(locale, Label(label ?? field)));
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (exact match); required.</summary>
    public string? OneOf(string field, IReadOnlyCollection<string> allowed, string? label = null)
    {
        var text = Required(field, MaxChoiceLength, label);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            errors.Add(CardTexts.Invalid(locale, Label(label ?? field)));
            return null;
        }

        return text;
    }

    /// <summary>An enum member by name, ignoring case ("bijstellen" → Bijstellen); numbers are refused.</summary>
    public TEnum? Enum<TEnum>(string field, string? label = null)
        where TEnum : struct, Enum
    {
        var text = Required(field, MaxChoiceLength, label);
        if (text is null)
        {
            return null;
        }

        var name = System.Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            errors.Add(CardTexts.Invalid(locale, Label(label ?? field)));
            return null;
        }

        return System.Enum.Parse<TEnum>(name);
    }

    /// <summary>An Input.Toggle value: "true" or "false" (its valueOn/valueOff in our cards); required.</summary>
    public bool Toggle(string field, string? label = null) => OneOf(field, ["true", "false"], label) == "true";

    /// <summary>
    /// Fields whose names start with <paramref name="prefix"/> (inputs generated per item, e.g. "check-…"),
    /// keyed by the rest of the name, each a text of at most <paramref name="maxLength"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string?> WithPrefix(string prefix, int maxCount, int maxLength)
    {
        var fields = data.Select(p => p.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (fields.Count > maxCount)
        {
            errors.Add(CardTexts.TooLarge(locale));
            read.UnionWith(fields);
            return new Dictionary<string, string?>();
        }

        return fields.ToDictionary(f => f[prefix.Length..], f => Optional(f, maxLength), StringComparer.Ordinal);
    }

    /// <summary>Refuses fields no read asked for (except <paramref name="ignored"/>): a card never sends those.</summary>
    public void RejectUnread(params string[] ignored)
    {
        errors.AddRange(data.Select(p => p.Key)
            .Where(key => !read.Contains(key) && !ignored.Contains(key, StringComparer.Ordinal))
            .Select(key => CardTexts.Unexpected(locale, key.Length > 40 ? key[..40] + "…" : key)));
    }

}
