using OzaBot.Conversations.Cases;
using OzaBot.Conversations.Tests.Support;
using OzaBot.Domain.Cases;
using OzaBot.Domain.Content;
using OzaBot.Domain.Vocabulary;

namespace OzaBot.Conversations.Tests.CaseManagement;

/// <summary>Cases created straight in the store (as the "nieuwe casus" flow would), linked to one conversation.</summary>
internal static class TestCases
{
    /// <summary>The id OzaTurn.UserId gives the harness's default user (its Entra object id).</summary>
    public const string DefaultUserId = "aad-29:user-1";

    public const string GroupChat = "19:group@thread.v2";

    public static async Task<StoredCase> OpenAsync(Assistant assistant, string conversationId = "a:personal-1", Track track = Track.OzaIndividueel, string? initials = null)
    {
        var opened = Case.Open(ProcessCatalogue.Default, track, initials, new Actor(DefaultUserId, assistant.Time.GetUtcNow()));
        Assert.True(opened.IsOk, opened.Reason?.ToString());
        return await assistant.Cases.CreateAsync(opened.Value!, new CaseMeta { TenantId = "tenant-1", ConversationIds = { conversationId } }, attempt: null, CancellationToken.None);
    }

    public static async Task<Case> ReadAsync(Assistant assistant, string code) =>
        (await assistant.Cases.GetAsync(Assistant.Key(code), CancellationToken.None))?.Case ?? throw new InvalidOperationException("case " + code + " is gone");
}
