using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Cases;

/// <summary>A case as read from storage, with the ETag of that version.</summary>
public sealed record StoredCase(Case Case, CaseMeta Meta, string ETag)
{
    public string Code => Case.Code;
}
