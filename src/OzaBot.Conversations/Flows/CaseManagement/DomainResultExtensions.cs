using OzaBot.Domain.Cases;

namespace OzaBot.Conversations.Flows.CaseManagement;

internal static class DomainResultExtensions
{
    /// <summary>A transition that created something, as the plain result <c>ChangeCaseAsync</c> takes.</summary>
    public static DomainResult WithoutValue<T>(this DomainResult<T> result) =>
        result.IsOk ? DomainResult.Ok : DomainResult.Refused(result.Reason!);
}
