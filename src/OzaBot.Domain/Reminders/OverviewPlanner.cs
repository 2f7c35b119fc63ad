using OzaBot.Domain.Cases;

namespace OzaBot.Domain.Reminders;

/// <summary>
/// The open cases of every conversation, for the weekly overview: found by the case index (every open case has a
/// <see cref="CaseDueKind.Open"/> entry), loaded, and grouped by the conversations each is linked to.
/// </summary>
public sealed class OverviewPlanner(ICaseRepository cases)
{
    public async Task<IReadOnlyDictionary<string, List<StoredCase>>> OpenCasesByConversationAsync(CancellationToken cancellationToken)
    {
        var byConversation = new Dictionary<string, List<StoredCase>>(StringComparer.Ordinal);
        foreach (var item in await cases.DueAsync(CaseDueKind.Open, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken))
        {
            if (await cases.LoadAsync(item.Key, cancellationToken) is not { Case.IsClosed: false } stored)
            {
                continue;
            }

            foreach (var conversationId in stored.Meta.ConversationIds.Distinct(StringComparer.Ordinal))
            {
                if (!byConversation.TryGetValue(conversationId, out var list))
                {
                    byConversation[conversationId] = list = [];
                }

                list.Add(stored);
            }
        }

        return byConversation;
    }
}
