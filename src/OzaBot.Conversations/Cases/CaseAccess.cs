using OzaBot.BotFramework.State;
using OzaBot.Domain.Vocabulary;
using OzaBot.Conversations.Routing;
using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Cases;

/// <summary>
/// Finds the case a turn is about and checks that the asker may see it: the case belongs to the same
/// tenant and is linked to this conversation or names the asker as a partner. Anything else gets the
/// same "niet gevonden" as a case that does not exist, so codes cannot be probed.
/// </summary>
public static class CaseAccess
{
    /// <summary>
    /// The case named by <paramref name="code"/>, else the conversation's active or only case. Tells the
    /// user what to do when there is none, several, or no access, and returns null then.
    /// </summary>
    public static async Task<StoredCase?> RequireCaseAsync(this OzaTurn turn, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        code ??= turn.Data.ActiveCaseCode ?? (turn.Data.CaseCodes.Count == 1 ? turn.Data.CaseCodes[0] : null);
        if (code is null)
        {
            await turn.SendAsync(turn.Data.CaseCodes.Count == 0 ? CaseAccessTexts.NoCase(turn.Language) : CaseAccessTexts.WhichCase(turn.Language, turn.Data.CaseCodes), cancellationToken);
            return null;
        }

        var stored = await turn.Services.Cases.GetAsync(turn.CaseKey(code), cancellationToken);
        if (stored is null || !MayAccess(turn, stored))
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, code), cancellationToken);
            return null;
        }

        turn.Data.Link(code);
        return await RecordAccessAsync(turn, stored, AccessKind.Inzien, cancellationToken);
    }

    /// <summary>
    /// <see cref="RequireCaseAsync(OzaTurn, string?, CancellationToken)"/> for a command that changes the case: a
    /// closed case is refused at once (it can still be looked at), not after the command's questions.
    /// </summary>
    public static async Task<StoredCase?> RequireOpenCaseAsync(this OzaTurn turn, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var stored = await turn.RequireCaseAsync(code, cancellationToken);
        if (stored is { Case.IsClosed: true })
        {
            await turn.SendAsync(CaseAccessTexts.Closed(turn.Language, stored.Code), cancellationToken);
            return null;
        }

        return stored;
    }

    /// <summary>
    /// Adds the asker to the case's access log (once per user, kind and day, so a read writes at most once a
    /// day) and returns the case as saved.
    /// </summary>
    public static async Task<StoredCase> RecordAccessAsync(this OzaTurn turn, StoredCase stored, AccessKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var actor = turn.Actor;
        if (!stored.Meta.RecordAccess(actor.UserId, actor.At, kind))
        {
            return stored;
        }

        var update = await turn.Services.Cases.UpdateAsync(stored, s =>
        {
            s.Meta.RecordAccess(actor.UserId, actor.At, kind);
            return DomainResult.Ok;
        }, cancellationToken);
        return update.Case ?? stored;
    }

    public static bool MayAccess(OzaTurn turn, StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        // A partner added by @mention is known by the channel's user id, one added otherwise by the Entra id.
        var channelUserId = turn.Activity.From?.Id;
        return string.Equals(stored.Meta.TenantId, turn.TenantId, StringComparison.Ordinal) &&
               (stored.Meta.ConversationIds.Contains(turn.ConversationId, StringComparer.Ordinal) ||
                stored.Case.Involves(turn.UserId) ||
                (channelUserId is not null && stored.Case.Involves(channelUserId)));
    }

    /// <summary>Only the case's owner and its procesregisseur may delete or export it (who else is in the chat does not matter).</summary>
    public static bool IsOwnerOrProcesregisseur(OzaTurn turn, StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        string?[] ids = [turn.UserId, turn.Activity.From?.Id];
        return ids.Any(id => !string.IsNullOrEmpty(id) &&
            (stored.Case.OwnerUserId == id || stored.Case.Procesregisseur?.UserId == id));
    }

    /// <summary>
    /// Applies a change to the turn's case and saves it; tells the user the Dutch reason when the domain refuses.
    /// A turn that runs again after a conflict on its conversation state finds its change already saved and
    /// does not make it twice.
    /// </summary>
    public static async Task<StoredCase?> ChangeCaseAsync(this OzaTurn turn, StoredCase stored, Func<Case, Actor, DomainResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(stored);
        var actor = turn.Actor;
        var changeKey = turn.Context.Services.Get<TurnAttempt>()?.NextChangeKey();
        var update = await turn.Services.Cases.UpdateAsync(stored, s =>
        {
            if (changeKey is not null && s.Meta.AppliedChanges.Contains(changeKey))
            {
                return DomainResult.Ok;
            }

            var result = change(s.Case, actor);
            if (!result.IsRefused)
            {
                s.Meta.RecordAccess(actor.UserId, actor.At, AccessKind.Wijzigen);
                if (changeKey is not null)
                {
                    s.Meta.RecordApplied(changeKey);
                }
            }

            return result;
        }, cancellationToken);
        if (!update.Found)
        {
            await turn.SendAsync(CaseAccessTexts.NotFound(turn.Language, stored.Code), cancellationToken);
            return null;
        }

        if (update.Result.IsRefused)
        {
            await turn.SendAsync(turn.Say(update.Result.Reason!), cancellationToken);
            return null;
        }

        return update.Case;
    }
}

public static class CaseAccessTexts
{
    public static string NoCase(Language language) => language == Language.English
        ? "There is no case in this chat yet. Type **new case** to start one."
        : "Er is in dit gesprek nog geen casus. Typ **nieuwe casus** om er een te starten.";

    public static string WhichCase(Language language, IEnumerable<string> codes) => language == Language.English
        ? $"This chat has several cases: {string.Join(", ", codes)}. Which one? Type **switch case** followed by the code."
        : $"In dit gesprek lopen meerdere casussen: {string.Join(", ", codes)}. Welke bedoel je? Typ **wissel casus** met de code erachter.";

    public static string NotFound(Language language, string code) => language == Language.English
        ? $"Case {code} was not found."
        : $"Casus {code} is niet gevonden.";

    public static string Closed(Language language, string code) => language == Language.English
        ? $"Case {code} is closed: nothing can be changed any more. You can still look at it with **show plan**; start a new trajectory with **new case**."
        : $"Casus {code} is gesloten: er kan niets meer aan veranderen. Bekijken kan nog met **toon plan**; een nieuw traject begin je met **nieuwe casus**.";
}
