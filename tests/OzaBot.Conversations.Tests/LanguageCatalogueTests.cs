using System.Reflection;
using OzaBot.Conversations.Flows.Cases;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Vocabulary;
using OzaBot.Testing.Flow;

namespace OzaBot.Conversations.Tests;

/// <summary>
/// Every text catalogue has a Dutch and an English implementation (the compiler holds them to the same members); this
/// checks what they say: every text the English catalogue can produce from simple arguments is English, and the Dutch
/// catalogue has it too.
/// </summary>
public sealed class LanguageCatalogueTests
{
    public static TheoryData<Type> Catalogues() =>
    [
        .. new[] { typeof(CaseFlowTexts).Assembly, typeof(RefusalTexts).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsAbstract && !t.IsSealed && t.GetMethod("In", BindingFlags.Public | BindingFlags.Static, [typeof(Language)]) is { } m && m.ReturnType == t),
    ];

    [Fact]
    public void The_catalogues_are_found()
    {
        Assert.True(Catalogues().Count >= 15, $"{Catalogues().Count} catalogues");
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Every_English_text_is_English_and_differs_from_the_Dutch(Type catalogue)
    {
        var @in = catalogue.GetMethod("In", BindingFlags.Public | BindingFlags.Static, [typeof(Language)])!;
        var dutch = @in.Invoke(null, [Language.Dutch])!;
        var english = @in.Invoke(null, [Language.English])!;

        foreach (var member in catalogue.GetMembers(BindingFlags.Public | BindingFlags.Instance))
        {
            var (nl, en) = member switch
            {
                PropertyInfo p when p.PropertyType == typeof(string) => ((string?)p.GetValue(dutch), (string?)p.GetValue(english)),
                MethodInfo m when m.ReturnType == typeof(string) && !m.IsSpecialName && m.DeclaringType == catalogue && Samples(m) is { } args
                    => ((string?)m.Invoke(dutch, args), (string?)m.Invoke(english, args)),
                _ => (null, null),
            };
            if (en is null)
            {
                continue;
            }

            Assert.True(DutchWords.In(en).Count == 0, $"{catalogue.Name}.{member.Name} English: {en} — {string.Join(", ", DutchWords.In(en))}");
            Assert.False(string.IsNullOrWhiteSpace(nl), $"{catalogue.Name}.{member.Name} has no Dutch");
        }
    }

    /// <summary>Simple arguments for a text method, or null when it needs something this test cannot make.</summary>
    private static object?[]? Samples(MethodInfo method)
    {
        var args = new List<object?>();
        foreach (var p in method.GetParameters())
        {
            object? value = p.ParameterType switch
            {
                var t when t == typeof(string) => "x",
                var t when t == typeof(int) => 2,
                var t when t == typeof(bool) => false,
                var t when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero),
                var t when t == typeof(DateOnly) => new DateOnly(2026, 12, 7),
                var t when t == typeof(PartnerRole) => PartnerRole.Gebiedsteam,
                var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
                var t when t == typeof(ConsentRecord) => new ConsentRecord("c1", PartnerRole.Gebiedsteam, [ConsentCategory.Plan], ConsentGiver.Ouders, PupilAge.Onder12, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2027, 7, 31)),
                _ => DBNull.Value,
            };
            if (value == DBNull.Value)
            {
                return null;
            }

            args.Add(value);
        }

        return [.. args];
    }
}
