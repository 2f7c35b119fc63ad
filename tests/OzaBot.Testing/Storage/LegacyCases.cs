using System.Text.Json;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Testing.Storage;

/// <summary>Cases as the previous version wrote them: one <c>cases/{code}</c> document in <c>IStorage</c>, the meta serialized by the conversation layer.</summary>
public static class LegacyCases
{
    public static StoredCase Create(string tenantId, string conversationId)
    {
        var actor = new Actor("aad-owner", new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var @case = Case.Open(ProcessCatalogue.Default, Track.OzaIndividueel, "JB", actor).Value!;
        @case.AddAction("verslag delen", PartnerRole.School, actor.At.AddDays(7), actor);
        return new StoredCase(@case, new CaseMeta { TenantId = tenantId, Label = "Bestuur Noord", ConversationIds = [conversationId], PlanCards = { [conversationId] = "1700000000001" } });
    }

    /// <summary>Byte for byte the shape of the previous <c>CaseStore</c>: <c>{"case":…,"meta":{tenantId,label,conversationIds,planCards}}</c>.</summary>
    public static string Json(StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var meta = JsonSerializer.Serialize(new
        {
            tenantId = stored.Meta.TenantId,
            label = stored.Meta.Label,
            conversationIds = stored.Meta.ConversationIds,
            planCards = stored.Meta.PlanCards,
        });
        return $$"""{"case":{{JsonSerializer.Serialize(stored.Case, CaseJsonContext.Default.Case)}},"meta":{{meta}}}""";
    }
}
