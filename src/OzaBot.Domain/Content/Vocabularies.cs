using OzaBot.Domain.Cases;

namespace OzaBot.Domain.Content;

/// <summary>A named term with a short explanation (a doelstelling, a support level, an outcome criterion, …).</summary>
public sealed record VocabularyTerm(string Id, string Name, string Description, SourceRef Source);

/// <summary>The handreiking's vocabularies: doelstellingen, support levels, organisation levels, individual vs group.</summary>
public sealed record Vocabularies(
    IReadOnlyList<VocabularyTerm> Goals,
    IReadOnlyList<VocabularyTerm> SupportLevels,
    SourcedText SupportPrinciple,
    IReadOnlyList<VocabularyTerm> OrganisationLevels,
    IReadOnlyList<VocabularyTerm> Scopes);

/// <summary>One of the seven blocks of the gesprekskader, with condensed questions.</summary>
public sealed record ConversationBlock(int Number, string Title, string Question, IReadOnlyList<string> Questions, SourceRef Source);

/// <summary>The gesprekskader and its rule of at most <see cref="MaxBlocksPerConversation"/> blocks per conversation.</summary>
public sealed record ConversationFramework(int MaxBlocksPerConversation, SourcedText Rule, IReadOnlyList<ConversationBlock> Blocks)
{
    /// <summary>The blocks for one conversation, refusing more than the handreiking advises.</summary>
    public DomainResult<IReadOnlyList<ConversationBlock>> Choose(IEnumerable<int> blockNumbers)
    {
        ArgumentNullException.ThrowIfNull(blockNumbers);
        var numbers = blockNumbers.Distinct().Order().ToList();
        if (numbers.Count == 0)
        {
            return DomainResult.Refused(Refusals.NoBlock);
        }

        if (numbers.Count > MaxBlocksPerConversation)
        {
            return DomainResult.Refused(Refusals.TooManyBlocks(MaxBlocksPerConversation));
        }

        var chosen = numbers.Select(n => Blocks.FirstOrDefault(b => b.Number == n)).ToList();
        return chosen.Any(b => b is null)
            ? DomainResult.Refused(Refusals.UnknownBlock(Blocks.Count))
            : DomainResult.Success<IReadOnlyList<ConversationBlock>>(chosen!);
    }
}

/// <summary>An evaluation question of the Activeren step.</summary>
public sealed record EvaluationQuestion(string Id, string Aspect, string Text, SourceRef Source);

/// <summary>Evaluation questions, the outcome criteria (uitval, tevredenheid, doelrealisatie) and the possible decisions.</summary>
public sealed record EvaluationContent(
    IReadOnlyList<EvaluationQuestion> Questions,
    IReadOnlyList<VocabularyTerm> OutcomeCriteria,
    IReadOnlyList<VocabularyTerm> Decisions);
